package org.veil.core.eval;

import java.util.List;

/**
 * A factRuEval document: its text, its annotated mentions (one per object: the range its spans cover, typed
 * PER, LOC or ORG) and the co-reference groups that tie mentions into entities.
 */
public record FactRuDocument(String id, String text, List<Mention> mentions, List<List<Integer>> entities) {
    /** [start, end) character range of one object; {@code type} is PER, LOC or ORG. */
    public record Mention(int objectId, String type, int start, int end) {
    }
}
