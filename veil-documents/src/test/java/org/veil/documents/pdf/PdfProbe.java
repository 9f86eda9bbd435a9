package org.veil.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads PDFs back in the tests with plain PDFBox, independently of the code under test. */
final class PdfProbe {
    private PdfProbe() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static byte[] flattened(byte[] pdf) throws IOException {
        PDDocument doc = Loader.loadPDF(pdf);
        doc.getDocumentCatalog().getAcroForm(null).flatten();
        return PdfSamples.save(doc);
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Where a glyph is, in display coordinates at 72 dpi (y from the top, at the baseline). */
    record Spot(float x, float y, float width, float height) {
    }

    /** The first glyph of the first occurrence of {@code word} (no spaces) on the 0-based page. */
    static Spot find(byte[] pdf, int page, String word) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
            }
        };
        collector.setStartPage(page + 1);
        collector.setEndPage(page + 1);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collector.getText(doc);
        }
        StringBuilder all = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            String u = positions.get(i).getUnicode();
            for (int k = 0; k < u.length(); k++) {
                owner.add(i);
            }
            all.append(u);
        }
        int at = all.indexOf(word);
        if (at < 0) {
            return null;
        }
        TextPosition first = positions.get(owner.get(at));
        TextPosition last = positions.get(owner.get(at + word.length() - 1));
        return new Spot(first.getXDirAdj(), first.getYDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), first.getFontSizeInPt());
    }

    /** The share of near-black pixels over where the word was drawn (ascent to descent), rendered at 72 dpi. */
    static double darkShare(byte[] pdf, int page, Spot spot) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
            int dark = 0;
            int n = 0;
            for (int x = Math.round(spot.x()) + 1; x < Math.round(spot.x() + spot.width()) - 1; x++) {
                for (int y = Math.round(spot.y() - spot.height() * 0.8f); y < Math.round(spot.y() + spot.height() * 0.15f); y++) {
                    int rgb = image.getRGB(x, y);
                    double lum = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                    dark += lum < 60 ? 1 : 0;
                    n++;
                }
            }
            return (double) dark / n;
        }
    }
}
