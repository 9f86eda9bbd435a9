package org.veil.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.Publisher;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Document;
import org.veil.documents.DocumentAnonymizer;
import org.veil.documents.DocumentFormats;
import org.veil.documents.pdf.PdfBench;
import org.veil.documents.EmbeddedImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench documents}: anonymizing inside documents (read, detect, replace, write back, scrub, verify)
 * against anonymizing the same text as plain text ({@code veil text anonymize}) in the same run, per family.
 */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Benchmark anonymizing inside DOCX, ODT and PDF against the same text as plain text.")
final class DocumentBench implements Callable<Integer> {
    /** One family to measure: a sample document, the text it holds, and how many units (pages) one document is. */
    record Entry(String family, String fileName, byte[] document, String unit, int units) {
    }

    private static final String[] PARAGRAPHS = {
        "The statement was given by Marina Sokolova, 34, a nurse at City Hospital No. 2 in Kazan, on 12 March 2023.",
        "She said that her neighbour Pavel Orlov had seen the car at 14 Lenina Street the night before.",
        "Moscow announced new sanctions the same week, and Vladimir Putin spoke about them on television.",
        "Contact her at marina.sokolova@example.org or +7 912 345-67-89 before Friday.",
        "Dmitri Sokolov, her brother, works as a driver for Volga Logistics and lives in Zelenodolsk.",
    };

    @Spec
    CommandSpec spec;

    @Option(names = "--paragraphs", defaultValue = "40", description = "paragraphs per document (default: "
            + "${DEFAULT-VALUE})")
    int paragraphs;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs per figure; the median is reported")
    int runs;

    private static final int PDF_PAGES = 10;

    /** The families measured; one more line here adds one (a PDF entry gives pages per second). */
    private List<Entry> entries(List<String> text) {
        return List.of(
                new Entry("DOCX", "bench.docx", SampleDocuments.docx(text), "documents", 1),
                new Entry("ODT", "bench.odt", SampleDocuments.odt(text), "documents", 1),
                new Entry("PDF", "bench.pdf", PdfBench.samplePdf(PDF_PAGES), "pages", PDF_PAGES));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            text.add(PARAGRAPHS[i % PARAGRAPHS.length]);
        }
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, Policies.publish());
        DocumentAnonymizer documents = new DocumentAnonymizer(DocumentFormats.standard(EmbeddedImages.REFUSE));
        out.printf("%d paragraphs per document, median of %d runs, one thread%n", paragraphs, runs);
        for (Entry e : entries(text)) {
            // The baseline is the very text detection sees in the document, anonymized as `veil text` would.
            String plain = documents.open(e.document(), e.fileName()).text();
            Measure.Work asText = () -> publisher.publish(analyzer.analyze(new Document("bench.txt", plain, "en")),
                    new MemoryStore());
            Measure.Work asDocument = () -> documents.anonymize(e.document(), e.fileName(), "en", publisher,
                    new MemoryStore(), analyzer);
            asText.run(); // warm-up
            asDocument.run();
            double textSeconds = Measure.medianSeconds(runs, asText);
            double documentSeconds = Measure.medianSeconds(runs, asDocument);
            out.printf("%s: %.2f %s/s (%.0f ms each); the same text as plain text: %.2f/s; ratio %.3f%n", e.family(),
                    e.units() / documentSeconds, e.unit(), documentSeconds * 1000, e.units() / textSeconds,
                    textSeconds / documentSeconds);
            out.flush();
        }
        return 0;
    }
}
