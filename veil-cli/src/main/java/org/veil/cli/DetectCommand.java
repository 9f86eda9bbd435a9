package org.veil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil text detect FILE|-}: spans as JSON (code-point offsets) or a table for people. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Detect direct and quasi-identifiers; offsets are Unicode code points, end exclusive.")
final class DetectCommand implements Callable<Integer> {
    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "UTF-8 text file, or - for standard input")
    String file;

    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "auto", description = "en, ru or auto (default: ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() {
        Inputs.language(lang, "");
        String text = Inputs.read(file);
        String language = Inputs.language(lang, text);
        PrintWriter out = spec.commandLine().getOut();
        if (text.isEmpty()) {
            out.flush();
            return 0;
        }
        Analysis analysis = Analyzer.english().analyze(new Document(file, text, language));
        out.print(format == Format.json ? AnalysisJson.write(analysis) : AnalysisTable.write(analysis));
        out.flush();
        return 0;
    }
}
