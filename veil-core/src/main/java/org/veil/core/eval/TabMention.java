package org.veil.core.eval;

/** One annotated mention of the Text Anonymization Benchmark; offsets in code points, end exclusive. */
public record TabMention(int start, int end, String entityType, String identifierType, String entityId) {
    public boolean toMask() {
        return identifierType.equals("DIRECT") || identifierType.equals("QUASI");
    }
}
