package org.veil.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.PolicyException;
import org.veil.core.vault.Vault;
import org.veil.core.vault.VaultException;

/**
 * {@code veil corpus anonymize} on a Spark session: read, pass 1 (detect, workers), decide (driver, one
 * store), pass 2 (replace and verify, workers), write. The vault is opened on the driver only; its one write
 * transaction covers the decision and the output, so it keeps nothing of a run whose output was not written.
 * On any failure the output folder is removed: nothing half-done is left behind.
 */
public final class CorpusAnonymizer {
    private final SparkSession spark;

    public CorpusAnonymizer(SparkSession spark) {
        this.spark = spark;
    }

    /** @param passphrase the vault's passphrase, or null when {@code o.vault()} is null */
    public CorpusSummary run(CorpusOptions o, char[] passphrase) {
        Path output = Path.of(o.output());
        claim(output);
        try {
            CorpusSummary summary = runInto(o, passphrase);
            writeSummary(output, summary);
            return summary;
        } catch (RuntimeException | Error e) {
            removeQuietly(output);
            throw e;
        }
    }

    private CorpusSummary runInto(CorpusOptions o, char[] passphrase) {
        Policy policy;
        try {
            policy = Policies.named(o.policy());
        } catch (PolicyException e) {
            throw new CorpusRefused(e.getMessage());
        }
        // The vault is opened before any work, so a wrong passphrase or path is refused at once.
        try (Vault vault = o.vault() == null ? null : Vault.open(Path.of(o.vault()), passphrase)) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            Dataset<Row> detected = DetectPass.run(CorpusInput.read(spark, o), o.lang())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                long documents = detected.count();
                seconds.put("detect", (System.nanoTime() - t0) / 1e9);
                if (vault == null) {
                    return finish(detected, o, policy, new MemoryStore(), documents, seconds);
                }
                return vault.inTransaction(() -> finish(detected, o, policy, vault, documents, seconds));
            } finally {
                detected.unpersist();
            }
        } catch (VaultException e) {
            throw new CorpusRefused(e.getMessage());
        }
    }

    private CorpusSummary finish(Dataset<Row> detected, CorpusOptions o, Policy policy, MappingStore store,
                                 long documents, Map<String, Double> seconds) {
        long t0 = System.nanoTime();
        HashMap<String, Anonymizer.Plan> plans = CorpusPlanner.plan(
                detected.where(col("analysis").isNotNull()).select("id", "language", "analysis")
                        .orderBy("id").toLocalIterator(), policy, store);
        Set<String> decided = new HashSet<>();
        plans.values().forEach(p -> decided.addAll(p.byEntity().values()));
        seconds.put("decide", (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        Broadcast<HashMap<String, Anonymizer.Plan>> shared =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plans);
        Dataset<Row> published = ReplacePass.run(detected, policy, RenderKeys.of(store), shared, o.failOnceInPass2())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            CorpusOutput.write(published, o);
            if (o.format() == CorpusOptions.Format.TEXT) {
                removeStaged(Path.of(o.output(), CorpusOutput.DOCUMENTS));
            }
            long failed = published.where(col("error").isNotNull()).count();
            Map<String, Long> byLevel = new TreeMap<>();
            for (Row r : published.where(col("error").isNull()).groupBy("level").count().collectAsList()) {
                byLevel.put(r.getString(0), r.getLong(1));
            }
            Map<String, Long> byType = new TreeMap<>();
            for (Row r : published.where(col("error").isNull())
                    .select(explode(col("replaced_by_type")).as(new String[]{"type", "n"}))
                    .groupBy("type").agg(sum("n")).collectAsList()) {
                byType.put(r.getString(0), r.getLong(1));
            }
            seconds.put("replace", (System.nanoTime() - t1) / 1e9);
            return new CorpusSummary(documents, documents - failed, failed, byLevel, byType, decided.size(),
                    policy.name(), spark.sparkContext().master(), spark.version(), seconds);
        } finally {
            published.unpersist();
            shared.destroy();
        }
    }

    /** The output must be new (or an empty folder): the job never writes over anything. */
    private static void claim(Path output) {
        try {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                boolean empty;
                try (Stream<Path> s = Files.list(output)) {
                    empty = Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) && s.findAny().isEmpty();
                }
                if (!empty) {
                    throw new CorpusRefused(output + " already exists and is not an empty folder; "
                            + "give a new output folder");
                }
            }
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new CorpusRefused("cannot create " + output + ": " + e.getMessage());
        }
    }

    private static void writeSummary(Path output, CorpusSummary summary) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(output.resolve("summary.json").toFile(), summary);
        } catch (IOException e) {
            throw new CorpusRefused("cannot write " + output.resolve("summary.json") + ": " + e.getMessage());
        }
    }

    /** Temporary files of task attempts that failed between writing and moving into place. */
    private static void removeStaged(Path documents) {
        if (!Files.isDirectory(documents)) {
            return;
        }
        try (Stream<Path> s = Files.walk(documents)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\..*\\.veil-\\d+")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new CorpusRefused("cannot tidy " + documents + ": " + e.getMessage());
        }
    }

    private static void removeQuietly(Path output) {
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Best effort: the failure being reported matters more.
        }
    }
}
