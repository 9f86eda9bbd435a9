package org.veil.core.anonymize;

import org.veil.core.model.Span;

/**
 * What happened to one span. {@code outStart}/{@code outEnd} locate the replacement in the output text
 * (code points), so later checks can tell Veil's own replacements from text that was left.
 */
public record Replacement(Span span, String label, String operator, String replacement, int outStart, int outEnd) {
    public boolean changed() {
        return !replacement.equals(span.text());
    }
}
