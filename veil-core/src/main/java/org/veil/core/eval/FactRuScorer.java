package org.veil.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mention-level figures per type, as factRuEval's own scoring reads them: a gold mention is found when a
 * predicted span of the same type covers at least half of it; a predicted span is right when at least half
 * of it lies on a gold mention of its type, or it covers half of one. Beside them, "any type" recall (a span
 * of whatever type covers half of the gold mention, which is what masking needs) and entity-level recall
 * (co-reference groups all of whose mentions are covered by spans of any type).
 */
public final class FactRuScorer {
    /** A predicted span: [start, end) and its type (PER, LOC, ORG, or anything else for any-type recall). */
    public record Predicted(String type, int start, int end) {
    }

    /** Figures for one type. */
    public record TypeScore(int gold, int predicted, int goldFound, int predictedRight, int goldCovered) {
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

        /** Share of gold mentions covered at least half by a span of any type. */
        public double anyTypeRecall() {
            return gold == 0 ? 1 : (double) goldCovered / gold;
        }
    }

    private static final List<String> TYPES = List.of("PER", "LOC", "ORG");
    private final Map<String, int[]> counts = new TreeMap<>();
    private int entities;
    private int entitiesFound;

    /** @param predicted every span found; those of type PER, LOC or ORG are also scored by type */
    public void add(FactRuDocument doc, List<Predicted> predicted) {
        for (FactRuDocument.Mention g : doc.mentions()) {
            int[] c = counts.computeIfAbsent(g.type(), k -> new int[5]);
            c[0]++;
            if (predicted.stream().anyMatch(p -> p.type().equals(g.type()) && halfCovered(p, g))) {
                c[2]++;
            }
            if (predicted.stream().anyMatch(p -> halfCovered(p, g))) {
                c[4]++;
            }
        }
        for (Predicted p : predicted) {
            if (!TYPES.contains(p.type())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(p.type(), k -> new int[5]);
            c[1]++;
            if (doc.mentions().stream().anyMatch(g -> g.type().equals(p.type())
                    && (halfCovered(p, g) || 2 * overlap(p, g) >= p.end() - p.start()))) {
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
            if (ms.stream().allMatch(g -> predicted.stream().anyMatch(p -> halfCovered(p, g)))) {
                entitiesFound++;
            }
        }
    }

    private static int overlap(Predicted p, FactRuDocument.Mention g) {
        return Math.max(0, Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()));
    }

    private static boolean halfCovered(Predicted p, FactRuDocument.Mention g) {
        return 2 * overlap(p, g) >= g.end() - g.start() && overlap(p, g) > 0;
    }

    public Map<String, TypeScore> byType() {
        Map<String, TypeScore> out = new TreeMap<>();
        counts.forEach((t, c) -> out.put(t, new TypeScore(c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    public double entityRecall() {
        return entities == 0 ? 1 : (double) entitiesFound / entities;
    }
}
