package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.veil.cli.OrderedPipeline.ItemRefused;
import org.veil.core.Analyzer;
import org.veil.core.io.InputRejected;
import org.veil.core.io.TextInput;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.documents.DocumentAnonymizer;
import org.veil.documents.DocumentRefused;

/**
 * Many text files in one run ({@code FILE|DIR… -o OUTDIR}): one shared analyzer, files analysed in parallel, each
 * output written under OUTDIR at the input's relative path through {@link SafeOutput}. A file that cannot be read
 * or written is reported with its reason and skipped; the exit code is then {@link ScrubCommand#SOME_REFUSED}.
 */
final class TextBatch {
    /** What a command does with one file after analysis (see {@link OrderedPipeline}). */
    interface Steps<B, C> {
        B inOrder(OutputTargets.Target t, Read read) throws ItemRefused;

        C check(OutputTargets.Target t, B replaced) throws ItemRefused;

        /**
         * Writes the file's outputs (on the calling thread, in input order); {@code messages} is where anything
         * said about this file goes (it keeps the progress line out of the way).
         */
        void write(OutputTargets.Target t, C checked, PrintWriter messages) throws IOException;
    }

    /** One input analysed: its analysis, and the document it was read from (null for plain text). */
    record Read(Analysis analysis, DocumentAnonymizer.Opened document) {
    }

    private final SafeOutput outputs;
    private final List<OutputTargets.Target> targets = new ArrayList<>();
    private final PrintWriter err;

    /**
     * Expands the inputs and checks every output before any work, so that an existing output is refused at once.
     *
     * @param outputsOf   the files a target writes (the first is its main output)
     * @param otherInputs files the run reads besides the texts (vault, policy): never written
     */
    TextBatch(List<String> inputs, Path outDir, boolean force, Collection<Path> otherInputs,
              Function<Path, List<Path>> outputsOf, PrintWriter err) {
        if (outDir == null) {
            throw new UserError("several inputs or a folder need -o OUTDIR (the outputs keep their relative paths)");
        }
        List<Path> named = new ArrayList<>();
        for (String s : inputs) {
            if (s.equals("-")) {
                throw new UserError("'-' (standard input) cannot be mixed with files; use --jsonl for a stream");
            }
            named.add(Path.of(s));
        }
        List<OutputTargets.Target> expanded = new OutputTargets("", outDir, false).skippingHiddenAndLinks()
                .expand(named);
        List<Path> read = new ArrayList<>(otherInputs);
        expanded.forEach(t -> read.add(t.input()));
        this.outputs = new SafeOutput(force, true, read);
        this.err = err;
        for (OutputTargets.Target t : expanded) {
            String problem = t.problem();
            if (problem == null) {
                List<Path> outs = outputsOf.apply(t.output());
                try {
                    outputs.check(outs.toArray(Path[]::new));
                } catch (SafeOutput.Refused e) {
                    problem = "cannot write " + Names.shown(outs.get(0)) + ": " + e.getMessage();
                }
            }
            targets.add(new OutputTargets.Target(t.input(), t.output(), problem));
        }
    }

    SafeOutput outputs() {
        return outputs;
    }

    /** Runs every file; returns the exit code (0, or SOME_REFUSED when a file was skipped). */
    <B, C> int run(int threads, Analyzer analyzer, String lang, Steps<B, C> steps) throws IOException {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        try (SafeOutput closing = outputs) {
            long totalBytes = targets.stream().mapToLong(t -> size(t.input())).sum();
            BatchProgress progress = new BatchProgress(err, "files", targets.size(), totalBytes);
            TextInput reader = new TextInput();
            new OrderedPipeline<OutputTargets.Target, Read, B, C>(threads,
                    (t, same) -> analyse(reader, analyzer, lang, t),
                    steps::inOrder, steps::check,
                    (t, checked, refusal) -> {
                        String reason = refusal;
                        if (reason == null) {
                            try {
                                steps.write(t, checked, progress.messages());
                            } catch (IOException e) {
                                reason = "cannot write its output: " + SafeOutput.describe(e);
                            }
                        }
                        if (reason != null) {
                            String name = Names.shown(t.input());
                            // Read refusals already name the file.
                            progress.messages().println("veil: " + Names.shown(reason.contains(name) ? reason
                                    : name + ": " + reason));
                        }
                        progress.done(size(t.input()), reason == null);
                    }).run(targets.iterator());
            progress.summary();
            return progress.refused() == 0 ? 0 : ScrubCommand.SOME_REFUSED;
        }
    }

    private static Read analyse(TextInput reader, Analyzer analyzer, String lang, OutputTargets.Target t)
            throws ItemRefused {
        if (t.problem() != null) {
            throw new ItemRefused(t.problem());
        }
        String name = Names.shown(t.input());
        Optional<DocumentAnonymizer.Opened> document;
        try {
            document = DocumentInput.read(t.input());
        } catch (DocumentRefused e) {
            throw new ItemRefused(e.getMessage());
        }
        if (document.isPresent()) {
            DocumentAnonymizer.Opened doc = document.get();
            String language = Inputs.language(lang, doc.text());
            return new Read(DocumentInput.documents().analyze(analyzer, doc, language), doc);
        }
        String text;
        try {
            text = reader.readFile(t.input(), name);
        } catch (InputRejected e) {
            throw new ItemRefused(e.getMessage());
        }
        return new Read(analyzer.analyze(new Document(name, text, Inputs.language(lang, text))), null);
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether the named inputs ask for a batch: several of them, or a folder with -o (a folder alone keeps the
     * one-file refusal "is a directory", since its outputs would have nowhere to go).
     */
    static boolean isBatch(List<String> inputs, Path outDir) {
        return inputs.size() > 1
                || (outDir != null && Files.isDirectory(Path.of(inputs.get(0)), LinkOption.NOFOLLOW_LINKS));
    }

    /** NAME → NAME + suffix, in the same folder. */
    static Path withSuffix(Path p, String suffix) {
        return p.resolveSibling(p.getFileName() + suffix);
    }
}
