package org.veil.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Span-level precision, recall and F1 per type (a predicted span counts when it overlaps a gold mention of
 * the same type), and entity-level recall: the share of co-reference groups all of whose mentions are
 * overlapped by some predicted span, whatever its type, because that is what masking needs.
 */
public final class FactRuScorer {
    /** Figures for one type. */
    public record TypeScore(int gold, int predicted, int goldFound, int predictedRight) {
        public double precision() {
            return predicted == 0 ? 1 : (double) predictedRight / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();
    private int entities;
    private int entitiesFound;

    /** @param predicted [start, end) character ranges with their type (PER, LOC, ORG) */
    public void add(FactRuDocument doc, List<Map.Entry<String, int[]>> predicted) {
        for (FactRuDocument.Mention g : doc.mentions()) {
            int[] c = counts.computeIfAbsent(g.type(), k -> new int[4]);
            c[0]++;
            if (predicted.stream().anyMatch(p -> p.getKey().equals(g.type()) && overlaps(p.getValue(), g))) {
                c[2]++;
            }
        }
        for (Map.Entry<String, int[]> p : predicted) {
            int[] c = counts.computeIfAbsent(p.getKey(), k -> new int[4]);
            c[1]++;
            if (doc.mentions().stream().anyMatch(g -> g.type().equals(p.getKey()) && overlaps(p.getValue(), g))) {
                c[3]++;
            }
        }
        Map<Integer, FactRuDocument.Mention> byObject = new HashMap<>();
        doc.mentions().forEach(m -> byObject.put(m.objectId(), m));
        for (List<Integer> group : doc.entities()) {
            List<FactRuDocument.Mention> ms = group.stream().map(byObject::get).filter(m -> m != null).toList();
            if (ms.isEmpty()) {
                continue;
            }
            entities++;
            if (ms.stream().allMatch(g -> predicted.stream().anyMatch(p -> overlaps(p.getValue(), g)))) {
                entitiesFound++;
            }
        }
    }

    private static boolean overlaps(int[] p, FactRuDocument.Mention g) {
        return p[0] < g.end() && g.start() < p[1];
    }

    public Map<String, TypeScore> byType() {
        Map<String, TypeScore> out = new TreeMap<>();
        counts.forEach((t, c) -> out.put(t, new TypeScore(c[0], c[1], c[2], c[3])));
        return out;
    }

    public double entityRecall() {
        return entities == 0 ? 1 : (double) entitiesFound / entities;
    }
}
