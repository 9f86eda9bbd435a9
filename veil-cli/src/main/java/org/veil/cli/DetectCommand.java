package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.documents.DocumentAnonymizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veil text detect FILE|-} (or {@code FILE|DIR… -o OUTDIR}, or {@code --jsonl}): spans as JSON (code-point
 * offsets) or a table for people.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Detect direct and quasi-identifiers; offsets are Unicode code points, end exclusive.")
final class DetectCommand implements Callable<Integer> {
    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "UTF-8 text file, a DOCX, ODT, HTML "
            + "or Markdown document (its text in reading order; offsets into that text), or - for standard input; several files or folders (walked, hidden files and links skipped) need -o OUTDIR")
    List<String> files = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "with several inputs or a folder: "
            + "write NAME.json here, keeping relative paths")
    Path outDir;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Mixin
    ForceOption force = new ForceOption();

    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "auto", description = "en, ru or auto (default: ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws IOException {
        Inputs.language(lang, "");
        batch.refuseFilesWithJsonl(files, outDir);
        if (batch.jsonl) {
            return JsonLines.detect(Analyzer.english(), lang, batch.threads(), spec.commandLine());
        }
        if (files.isEmpty()) {
            throw new UserError("name a file, folder or - (see veil text detect --help)");
        }
        if (TextBatch.isBatch(files, outDir)) {
            return detectAll();
        }
        if (outDir != null) {
            throw new UserError("-o names an output folder, for several inputs or a folder");
        }
        String file = files.get(0);
        Optional<DocumentAnonymizer.Opened> document = DocumentInput.open(file);
        String text = document.isPresent() ? document.get().text() : Inputs.read(file);
        String language = Inputs.language(lang, text);
        StartupTrace.mark("input read");
        PrintWriter out = spec.commandLine().getOut();
        if (text.isEmpty()) {
            out.flush();
            return 0;
        }
        Analyzer analyzer = Analyzer.english();
        StartupTrace.mark("analyzer built");
        Analysis analysis = document.isPresent()
                ? DocumentInput.documents().analyze(analyzer, document.get(), language)
                : analyzer.analyze(new Document(file, text, language));
        StartupTrace.mark("text analysed");
        if (format == Format.json) {
            AnalysisJson.write(analysis, out);
        } else {
            out.print(AnalysisTable.write(analysis));
        }
        out.flush();
        StartupTrace.mark("output written");
        return 0;
    }

    private int detectAll() throws IOException {
        String suffix = format == Format.json ? ".json" : ".table.txt";
        TextBatch run = new TextBatch(files, outDir, force.force, List.of(),
                out -> List.of(TextBatch.withSuffix(out, suffix)), spec.commandLine().getErr());
        return run.run(batch.threads(), Analyzer.english(), lang, new TextBatch.Steps<Analysis, String>() {
            @Override
            public Analysis inOrder(OutputTargets.Target t, TextBatch.Read read) {
                return read.analysis();
            }

            @Override
            public String check(OutputTargets.Target t, Analysis analysis) {
                return format == Format.json ? AnalysisJson.write(analysis) : AnalysisTable.write(analysis);
            }

            @Override
            public void write(OutputTargets.Target t, String written, PrintWriter messages) throws IOException {
                run.outputs().write(TextBatch.withSuffix(t.output(), suffix),
                        written.getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
