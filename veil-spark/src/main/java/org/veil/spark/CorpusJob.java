package org.veil.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point: the same jar runs embedded ({@code veil corpus anonymize} starts it in a child JVM
 * with Spark's jars) and under {@code spark-submit --class org.veil.spark.CorpusJob} on a cluster. The vault
 * passphrase comes from VEIL_PASSPHRASE, never from an argument (arguments show in process lists and in
 * Spark's UI). Prints the corpus summary as JSON on stdout; errors are one line on stderr.
 */
public final class CorpusJob {
    /** Exit codes as {@code veil} has them: refused (bad input, output exists, vault problem), failed. */
    public static final int REFUSED = 1;
    public static final int FAILED = 2;
    public static final String PASSPHRASE_ENV = "VEIL_PASSPHRASE";

    private CorpusJob() {
    }

    public static void main(String[] args) {
        int code;
        try {
            CorpusOptions o = CorpusOptions.parse(args);
            char[] passphrase = null;
            if (o.vault() != null) {
                String p = System.getenv(PASSPHRASE_ENV);
                if (p == null || p.isEmpty()) {
                    throw new CorpusRefused("--vault needs the passphrase in " + PASSPHRASE_ENV);
                }
                passphrase = p.toCharArray();
            }
            try (SparkSession spark = session(o.master())) {
                CorpusSummary summary = new CorpusAnonymizer(spark).run(o, passphrase);
                System.out.println(new ObjectMapper().writeValueAsString(summary));
            }
            code = 0;
        } catch (CorpusRefused e) {
            System.err.println("veil: " + e.getMessage());
            code = REFUSED;
        } catch (Exception | Error e) {
            // Spark's messages may carry a task's failure; ours never quote a document, and no stack trace.
            System.err.println("veil: the corpus job failed (" + e.getClass().getSimpleName() + ")"
                    + " (set VEIL_DEBUG=1 for details)");
            if (System.getenv("VEIL_DEBUG") != null) {
                e.printStackTrace();
            }
            code = FAILED;
        }
        System.exit(code);
    }

    /**
     * A session configured so that nothing of the documents reaches a log: Spark logs warnings only, and
     * keeps no event log or UI (both record plans and task details).
     */
    public static SparkSession session(String master) {
        SparkConf conf = quiet(new SparkConf()).setAppName("veil corpus anonymize");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    public static SparkConf quiet(SparkConf conf) {
        return conf.set("spark.log.level", "WARN")
                .set("spark.eventLog.enabled", "false")
                .set("spark.ui.enabled", "false")
                .set("spark.sql.ui.retainedExecutions", "0")
                .set("spark.ui.showConsoleProgress", "false");
    }
}
