package org.veil.core.verify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the independent checks found in one anonymized text. The leaks and candidates carry output text; only
 * their counts by type ({@link #leakCounts}, {@link #candidateCounts}) may go into a report.
 */
public record Verification(List<Leak> leaks, List<Candidate> candidates) {
    public Verification {
        leaks = List.copyOf(leaks);
        candidates = List.copyOf(candidates);
    }

    /** Leaks per entity type of the replaced original, e.g. {PERSON=2}. */
    public Map<String, Integer> leakCounts() {
        Map<String, Integer> out = new TreeMap<>();
        leaks.forEach(l -> out.merge(l.type(), 1, Integer::sum));
        return out;
    }

    /** Candidates per kind, e.g. {NAME=3, NUMBER=5}. */
    public Map<String, Integer> candidateCounts() {
        Map<String, Integer> out = new TreeMap<>();
        candidates.forEach(c -> out.merge(c.kind().name(), 1, Integer::sum));
        return out;
    }
}
