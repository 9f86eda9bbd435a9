package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.files.CleanOptions;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.verify.RiskReport;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil demo}: the sample story shipped with Veil, anonymized under the publish policy, with its report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Anonymize a built-in sample story and print it with its residual-risk report; then scrub "
                + "the built-in sample files with planted metadata.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/org/veil/cli/sample/story.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--detections", description = "also print every detection in context")
    boolean detections;

    static String sample() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("sample story missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public Integer call() throws IOException {
        String text = sample();
        Analyzer analyzer = Analyzer.english();
        Analysis analysis = analyzer.analyze(new Document("sample/story.txt", text, "en"));
        Anonymized out = new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(analysis);
        RiskReport risk = RiskReport.of(out, analyzer.analyze(new Document("anonymized", out.text(), "en")));
        PrintWriter w = spec.commandLine().getOut();
        w.println("=== Sample story, as the reporter wrote it ===");
        w.println(text.strip());
        w.println();
        w.printf("=== Anonymized for publication (policy 'publish'; %d spans in %d entities detected) ===%n",
                analysis.spans().size(), analysis.entities().size());
        w.println(out.text().strip());
        w.println();
        w.print(risk.toText());
        if (detections) {
            w.println();
            w.print(AnalysisTable.write(analysis));
        }
        w.println();
        scrubSamples(w);
        w.flush();
        return 0;
    }

    /** The second half of the demo: the dirty sample files, scrubbed into a temporary folder. */
    private static void scrubSamples(PrintWriter w) throws IOException {
        Path dir = Files.createTempDirectory("veil-demo");
        try {
            List<Path> files = SampleFiles.extractTo(dir.resolve("dirty"));
            Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());
            w.printf("=== Sample files with planted metadata, scrubbed (veil scrub; %d files) ===%n", files.size());
            int cleaned = 0;
            for (Path f : files) {
                ScrubResult r = scrubber.scrub(f, dir.resolve("clean").resolve(f.getFileName()));
                if (r instanceof ScrubResult.Cleaned c) {
                    cleaned++;
                    w.printf("cleaned  %-16s %-5s %3d field%s removed, verified%n", f.getFileName(), c.type(),
                            c.fieldsRemoved(), c.fieldsRemoved() == 1 ? "" : "s");
                } else if (r instanceof ScrubResult.Refused x) {
                    w.printf("refused  %-16s %s%n", f.getFileName(), x.reason());
                }
            }
            w.printf("%d cleaned, %d refused. See what a file carries with: veil scrub show FILE%n", cleaned,
                    files.size() - cleaned);
        } finally {
            Folders.deleteTree(dir);
        }
    }
}
