package org.veil.documents.pdf;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * What {@link GlyphTracer} learnt from a PDF: the reading-order text, which glyph produced which code points,
 * every glyph drawn (also those the text extraction folded away as duplicates or diacritics), how each shown
 * string splits into character codes, and the form XObjects the pages drew.
 */
record TracedDocument(String text, List<MappedGlyph> mapped, List<Glyph> glyphs,
                      Map<OperatorRef, List<ShownString>> shown, List<PDFormXObject> forms) {

    /** A text-showing operator: its stream (by identity) and index among the stream's operators. */
    record OperatorRef(Object stream, int operator) {
    }
}
