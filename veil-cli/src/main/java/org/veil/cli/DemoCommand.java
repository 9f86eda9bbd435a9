package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil demo}: detection on the sample story shipped with Veil. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run detection on a built-in sample story.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/org/veil/cli/sample/story.txt";

    @Spec
    CommandSpec spec;

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
        Analysis a = Analyzer.english().analyze(new Document("sample/story.txt", text, "en"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sample story (" + text.length() + " characters):");
        out.println();
        out.println(text.strip());
        out.println();
        out.printf("Found %d spans in %d entities (%d to mask):%n", a.spans().size(), a.entities().size(),
                a.maskable().size());
        out.print(AnalysisTable.write(a));
        out.flush();
        return 0;
    }
}
