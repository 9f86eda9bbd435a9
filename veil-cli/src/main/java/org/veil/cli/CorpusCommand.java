package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.spark.CorpusJob;
import org.veil.spark.CorpusOptions;
import org.veil.spark.CorpusRefused;
import org.veil.spark.JobLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil corpus …}: whole corpora on Apache Spark. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Anonymize a whole corpus on Apache Spark: one person, one pseudonym across all documents.",
        subcommands = {CorpusCommand.Anonymize.class})
final class CorpusCommand extends GroupCommand {

    /**
     * {@code veil corpus anonymize INPUT -o OUTPUT}: runs the Spark job in a child JVM (Spark's jars and the
     * job jar, as spark-submit would), in local mode unless {@code --master} names a cluster.
     */
    @Command(name = "anonymize", aliases = "anonymise", mixinStandardHelpOptions = true,
            description = "Two passes on Spark: detect per document, decide corpus-wide, replace and verify.")
    static final class Anonymize implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "INPUT", description = "a folder of UTF-8 text files, or a JSONL or Parquet path")
        String input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
                description = "a new folder: documents/, risk/, errors/ and summary.json")
        Path output;

        @Option(names = "--vault", paramLabel = "FILE", description = "vault to keep pseudonyms in across runs "
                + "(passphrase from " + Passphrases.ENV + " or a prompt); updated once, at the end")
        Path vault;

        @Option(names = "--policy", defaultValue = "publish",
                description = "publish (default), pseudonymise, review, or a YAML/JSON policy file")
        String policy;

        @Option(names = "--master", defaultValue = "local[*]",
                description = "local[N], spark://HOST:PORT or yarn (default: ${DEFAULT-VALUE})")
        String master;

        @Option(names = "--format", defaultValue = "text", description = "text, jsonl or parquet (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--text-column", defaultValue = "text", description = "JSONL/Parquet text column")
        String textColumn;

        @Option(names = "--id-column", defaultValue = "id", description = "JSONL/Parquet id column (unique)")
        String idColumn;

        @Option(names = "--lang", defaultValue = "auto", description = "en, ru or auto (default: ${DEFAULT-VALUE})")
        String lang;

        @Option(names = "--driver-memory", defaultValue = "3g", description = "heap of the job's JVM")
        String heap;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            CorpusOptions options;
            JobLauncher launcher;
            try {
                options = CorpusOptions.parse(new String[]{input, "-o", output.toAbsolutePath().toString(),
                        "--format", format, "--text-column", textColumn, "--id-column", idColumn,
                        "--policy", absoluteIfFile(policy), "--lang", lang, "--master", master});
                if (vault != null) {
                    options = options.withVault(vault.toAbsolutePath().toString());
                }
                launcher = JobLauncher.locate(heap);
            } catch (CorpusRefused e) {
                throw new UserError(e.getMessage());
            }
            Map<String, String> env = new HashMap<>();
            if (vault != null) {
                env.put(CorpusJob.PASSPHRASE_ENV, new String(Passphrases.current()));
            }
            JobLauncher.Result result = launcher.run(options, env);
            if (result.exitCode() == 0) {
                out.println(result.summaryJson());
            }
            return result.exitCode();
        }

        private static String absoluteIfFile(String policy) {
            return java.nio.file.Files.isRegularFile(Path.of(policy)) ? Path.of(policy).toAbsolutePath().toString()
                    : policy;
        }
    }
}
