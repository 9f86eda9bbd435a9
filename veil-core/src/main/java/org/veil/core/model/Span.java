package org.veil.core.model;

/**
 * One detected mention. {@code start}/{@code end} are Unicode code-point offsets into the document text,
 * end exclusive, so they agree with tools outside the JVM (Python, the TAB benchmark).
 */
public record Span(int start, int end, String text, EntityType type, IdentifierKind kind,
                   double confidence, String recognizer, String entityId) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
