package org.veil.core.recognize;

import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

/**
 * A recognizer's raw finding in UTF-16 offsets of the Java string (end exclusive). Converted to
 * code-point {@link org.veil.core.model.Span}s once, at the end of analysis.
 *
 * @param specificity how much to trust this finding over an overlapping one (see {@link Specificity})
 */
public record Mention(int start, int end, EntityType type, IdentifierKind kind, double confidence,
                      String recognizer, int specificity) {
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
        }
    }

    public Mention withKind(IdentifierKind newKind) {
        return new Mention(start, end, type, newKind, confidence, recognizer, specificity);
    }

    public Mention withBounds(int newStart, int newEnd) {
        return new Mention(newStart, newEnd, type, kind, confidence, recognizer, specificity);
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    public String text(String source) {
        return source.substring(start, end);
    }
}
