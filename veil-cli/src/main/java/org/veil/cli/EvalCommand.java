package org.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.eval.TabCorpus;
import org.veil.core.eval.TabDocument;
import org.veil.core.eval.TabEvaluation;
import org.veil.core.eval.TabScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil eval tab FILE.json}: benchmark figures on Text Anonymization Benchmark documents. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score detection on annotated corpora (text and faces).",
        subcommands = {EvalCommand.Tab.class, FactRuEval.class, FacesEval.class})
final class EvalCommand extends GroupCommand {

    @Command(name = "tab", mixinStandardHelpOptions = true,
            description = "ER_di, ER_qi, token recall and precision, NO_MASK share masked, on a TAB-format JSON file.")
    static final class Tab implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Option(names = "--masks", paramLabel = "OUT.json",
                description = "write {doc_id: [[start, end], …]} of every DIRECT or QUASI span")
        Path masks;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such TAB file: " + file);
            }
            List<TabDocument> docs;
            try {
                docs = TabCorpus.read(file);
            } catch (IOException e) {
                throw new UserError("cannot read TAB file " + file + ": " + e.getMessage());
            }
            Analyzer analyzer = Analyzer.english();
            TabEvaluation.run(docs.subList(0, Math.min(2, docs.size())), analyzer); // warm-up
            TabEvaluation.Result r = TabEvaluation.run(docs, analyzer);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d documents, %d code points%n", r.veil().documents(), r.veil().codePoints());
            out.printf("%-10s %7s %7s %13s %16s %15s%n", "", "ER_di", "ER_qi", "token recall", "token precision",
                    "NO_MASK masked");
            row(out, "veil", r.veil());
            row(out, "baseline", r.baseline());
            out.println("(baseline: every capitalised word and number masked, measured in the same run;");
            out.println(" NO_MASK masked: share of tokens annotated as public context that are masked, lower is better)");
            out.println("token recall by annotated type (veil / baseline):");
            r.veil().recallByType().forEach((type, rec) -> out.printf("  %-9s %.3f / %.3f%n", type, rec,
                    r.baseline().recallByType().getOrDefault(type, 0.0)));
            out.printf("throughput: %.1f KB/s on one thread (%.2f s for %d KB)%n", r.kilobytesPerSecond(),
                    r.seconds(), r.utf8Bytes() / 1024);
            if (masks != null) {
                new ObjectMapper().writeValue(masks.toFile(), r.masks());
                out.println("masks written to " + masks);
            }
            out.flush();
            return 0;
        }

        private static void row(PrintWriter out, String name, TabScore s) {
            out.printf("%-10s %7.3f %7.3f %13.3f %16.3f %15.3f%n", name, s.erDirect(), s.erQuasi(), s.tokenRecall(),
                    s.tokenPrecision(), s.noMaskMasked());
        }
    }
}
