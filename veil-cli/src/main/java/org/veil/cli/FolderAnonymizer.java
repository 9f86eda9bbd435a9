package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.veil.cli.OrderedPipeline.ItemRefused;
import org.veil.core.Analyzer;
import org.veil.core.Publisher.Published;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.documents.DocumentRefused;

/**
 * {@code veil text anonymize FILE|DIR… -o OUTDIR}: each output under the same name, its risk report (counts only)
 * as NAME.risk.txt beside it, and the places to check on stderr, prefixed with the file's name.
 */
final class FolderAnonymizer {
    private static final String REPORT_SUFFIX = ".risk.txt";

    private final DocumentReplacer replacer;
    private final PrintWriter err;

    private record Replaced(Anonymized anonymized, Document source, SafeOutput.Staged output) {
    }

    private record Checked(Published published, SafeOutput.Staged output) {
    }

    FolderAnonymizer(DocumentReplacer replacer, PrintWriter err) {
        this.replacer = replacer;
        this.err = err;
    }

    int run(List<String> inputs, Path outDir, boolean force, Collection<Path> otherInputs, int threads,
            Analyzer analyzer, String lang) throws IOException {
        TextBatch batch = new TextBatch(inputs, outDir, force, otherInputs,
                out -> List.of(out, TextBatch.withSuffix(out, REPORT_SUFFIX)), err);
        SafeOutput outputs = batch.outputs();
        return batch.run(threads, analyzer, lang, new TextBatch.Steps<Replaced, Checked>() {
            @Override
            public Replaced inOrder(OutputTargets.Target t, TextBatch.Read read) throws ItemRefused {
                Analysis analysis = read.analysis();
                try {
                    // Staged inside the vault's transaction: a failed write leaves the vault unchanged.
                    return replacer.replace(analysis, anonymized -> new Replaced(anonymized, analysis.document(),
                            stage(outputs, t.output(), output(read, anonymized))));
                } catch (UncheckedIOException e) {
                    throw new ItemRefused("cannot write " + Names.shown(t.output()) + ": "
                            + SafeOutput.describe(e.getCause()));
                } catch (DocumentNotWritten e) {
                    throw new ItemRefused(e.getMessage());
                }
            }

            @Override
            public Checked check(OutputTargets.Target t, Replaced r) {
                return new Checked(replacer.publisher().verify(r.anonymized(), r.source()), r.output());
            }

            @Override
            public void write(OutputTargets.Target t, Checked c, PrintWriter messages) throws IOException {
                c.output().publish();
                outputs.write(TextBatch.withSuffix(t.output(), REPORT_SUFFIX),
                        c.published().risk().toText().getBytes(StandardCharsets.UTF_8));
                CheckList.write(messages, c.published().verification(), Names.shown(t.input()));
            }
        });
    }

    /** A document refused while its replacements were written (inside the vault's transaction, which rolls back). */
    private static final class DocumentNotWritten extends RuntimeException {
        DocumentNotWritten(String message) {
            super(message);
        }
    }

    /** The output bytes: the text, or the document with the replacements written in, scrubbed and verified. */
    private static byte[] output(TextBatch.Read read, Anonymized anonymized) {
        if (read.document() == null) {
            return anonymized.text().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return DocumentInput.documents().write(read.document(), anonymized);
        } catch (DocumentRefused e) {
            throw new DocumentNotWritten(e.getMessage());
        }
    }

    private static SafeOutput.Staged stage(SafeOutput outputs, Path output, byte[] data) {
        try {
            return outputs.stage(output, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
