package org.veil.documents.pdf;

import java.awt.geom.Rectangle2D;

/**
 * One glyph as drawn: where it lives in the content, its page (0-based), its box in the page's user space, and
 * the TJ adjustment (thousandths of text space) that moves the pen as far as the glyph did, so removing it
 * leaves every following glyph in place. {@code upright} says the glyph is drawn unrotated, which is where a
 * placeholder label can be written over it.
 */
record Glyph(GlyphRef ref, int page, Rectangle2D.Float box, double adjustment, boolean upright) {
    double centerX() {
        return box.getCenterX();
    }

    double centerY() {
        return box.getCenterY();
    }
}
