package org.veil.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.veil.documents.DocumentRefused;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;

/**
 * Speed of PDF redaction alone (parse, then rewrite with every name replaced) on a generated document, for
 * {@code veil bench documents}, which sets it against anonymizing the same text as plain text. Run
 * {@code main} for a printout without the CLI.
 */
public final class PdfBench {
    /** The names the generated pages mention; every occurrence is redacted. */
    public static final List<String> NAMES = List.of("Anna Keller", "Boris Petrov");
    private static final int LINES_PER_PAGE = 40;

    private PdfBench() {
    }

    /**
     * How long parse + rewrite took over all rounds, after one warm-up round, and, as the baseline measured in
     * the same run, how long plain PDFBox text extraction of the same file took.
     */
    public record Result(int pages, int rounds, int editsPerRound, double seconds, double baselineSeconds) {
        public double pagesPerSecond() {
            return pages * (double) rounds / seconds;
        }

        /** Redaction time over plain extraction time: what true redaction costs on top of reading the text. */
        public double ratioToExtraction() {
            return seconds / baselineSeconds;
        }
    }

    public static Result measure(int pages, int rounds) throws DocumentRefused {
        byte[] pdf = samplePdf(pages);
        PdfFormat format = new PdfFormat();
        int edits = redactNames(format, pdf);
        extract(pdf);
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            redactNames(format, pdf);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            extract(pdf);
        }
        return new Result(pages, rounds, edits, seconds, (System.nanoTime() - start) / 1e9);
    }

    private static void extract(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int redactNames(PdfFormat format, byte[] pdf) throws DocumentRefused {
        ParsedDocument parsed = format.parse(pdf);
        List<TextEdit> edits = editsFor(parsed.text());
        parsed.rewrite(edits);
        return edits.size();
    }

    /** Every occurrence of {@link #NAMES} in {@code text}, in text order (the names are plain ASCII). */
    static List<TextEdit> editsFor(String text) {
        List<TextEdit> edits = new ArrayList<>();
        for (String name : NAMES) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int start = text.codePointCount(0, at);
                edits.add(new TextEdit(start, start + name.length(), "[PERSON]"));
            }
        }
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return edits;
    }

    /** A report of {@code pages} pages of 12 pt Helvetica prose mentioning {@link #NAMES}. */
    public static byte[] samplePdf(int pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(16);
                    cs.newLineAtOffset(60, 740);
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        cs.showText(line(p, line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(int page, int line) {
        return switch (line % 4) {
            case 0 -> "On day " + (page + 1) + " the committee heard " + NAMES.get(0) + " about the contracts.";
            case 1 -> "The minutes were signed by " + NAMES.get(1) + " and two other members of the board.";
            case 2 -> "Questions about the budget for line " + line + " were postponed until the next session.";
            default -> "Nobody else spoke; the chair closed the item and moved on to correspondence.";
        };
    }

    public static void main(String[] args) throws DocumentRefused {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Result r = measure(pages, 5);
        System.out.printf("PDF redaction: %d pages x %d rounds, %d edits each: %.1f pages/s, %.1fx plain text"
                + " extraction of the same PDF%n", r.pages(), r.rounds(), r.editsPerRound(), r.pagesPerSecond(),
                r.ratioToExtraction());
    }
}
