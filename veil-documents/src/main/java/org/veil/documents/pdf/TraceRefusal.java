package org.veil.documents.pdf;

/**
 * Thrown from inside PDFBox's content engine when a glyph cannot be traced back to trustworthy text. Unchecked
 * because PDFBox swallows checked exceptions raised while drawing a form XObject; {@link GlyphTracer} also
 * keeps the first refusal so nothing swallowed goes unnoticed.
 */
final class TraceRefusal extends RuntimeException {
    TraceRefusal(String message) {
        super(message, null, false, false);
    }
}
