package org.veil.documents.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.veil.documents.DocumentRefused;

/**
 * Draws each redaction box, filled black, over the place its glyphs were, with the placeholder in white
 * where it fits at a readable size. The page's own content is wrapped in q/Q first, so the boxes are drawn in
 * the page's default user space whatever the content left in the graphics state.
 */
final class RedactionPainter {
    /** Below this size a label is unreadable; the box alone is drawn. */
    private static final float SMALLEST_LABEL = 4f;

    private RedactionPainter() {
    }

    static void paint(PDDocument doc, List<RedactionPlan.Box> boxes) throws DocumentRefused {
        PlaceholderFonts fonts = new PlaceholderFonts(doc);
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            final int page = p;
            List<RedactionPlan.Box> onPage = boxes.stream().filter(b -> b.page() == page).toList();
            if (onPage.isEmpty()) {
                continue;
            }
            PDPage pdPage = doc.getPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                for (RedactionPlan.Box box : onPage) {
                    paint(cs, box, fonts);
                }
            } catch (IOException | RuntimeException e) {
                throw new DocumentRefused("the redaction boxes could not be drawn on page " + (page + 1)
                        + ": " + e.getMessage(), e);
            }
        }
    }

    private static void paint(PDPageContentStream cs, RedactionPlan.Box box, PlaceholderFonts fonts)
            throws IOException {
        Rectangle2D.Float a = box.area();
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.addRect(a.x, a.y, a.width, a.height);
        cs.fill();
        if (box.label() == null || box.label().isBlank()) {
            return;
        }
        PlaceholderFonts.Choice choice = fonts.choose(box.label());
        float unitWidth = choice.font().getStringWidth(choice.text()) / 1000f;
        float size = Math.min(a.height * 0.7f, unitWidth > 0 ? (a.width - 2f) / unitWidth : a.height);
        if (size < SMALLEST_LABEL) {
            return;
        }
        float baseline = a.y + (a.height - size * 0.7f) / 2f;
        cs.beginText();
        cs.setFont(choice.font(), size);
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.newLineAtOffset(a.x + 1f, baseline);
        cs.showText(choice.text());
        cs.endText();
    }
}
