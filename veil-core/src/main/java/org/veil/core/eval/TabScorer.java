package org.veil.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predicted masks against TAB annotations. Tokens are maximal runs of letters, digits and marks;
 * punctuation and spaces do not count. A token is masked when most of its characters are masked, and a
 * mention is masked when all its tokens are. Every annotator counts: recall (and the NO_MASK share) sum over
 * annotators, as in the benchmark's own script.
 */
public final class TabScorer {
    private long maskedTokens;
    private long maskedTokensInGold;
    private final Map<String, long[]> tokensByType = new TreeMap<>();
    private int directEntities;
    private int directMasked;
    private int quasiEntities;
    private int quasiMasked;
    private int documents;
    private long codePoints;
    private long noMaskTokens;
    private long noMaskTokensMasked;

    /** Adds one document; {@code masks} are [start, end) code-point ranges. */
    public void add(TabDocument doc, List<int[]> masks) {
        int[] cps = doc.text().codePoints().toArray();
        boolean[] masked = new boolean[cps.length];
        for (int[] m : masks) {
            for (int i = Math.max(0, m[0]); i < Math.min(cps.length, m[1]); i++) {
                masked[i] = true;
            }
        }
        List<int[]> tokens = tokens(cps);
        boolean[] inGold = new boolean[cps.length];
        for (List<TabMention> ms : doc.annotations().values()) {
            for (TabMention m : ms) {
                if (m.toMask()) {
                    for (int i = Math.max(0, m.start()); i < Math.min(cps.length, m.end()); i++) {
                        inGold[i] = true;
                    }
                }
            }
        }
        for (int[] t : tokens) {
            if (majority(masked, t[0], t[1])) {
                maskedTokens++;
                if (majority(inGold, t[0], t[1])) {
                    maskedTokensInGold++;
                }
            }
        }
        for (List<TabMention> ms : doc.annotations().values()) {
            scoreAnnotator(ms, tokens, masked);
        }
        documents++;
        codePoints += cps.length;
    }

    private void scoreAnnotator(List<TabMention> mentions, List<int[]> tokens, boolean[] masked) {
        Map<String, List<TabMention>> byEntity = new LinkedHashMap<>();
        for (TabMention m : mentions) {
            if (m.identifierType().equals("NO_MASK")) {
                countNoMask(m, tokens, masked);
            }
            if (m.toMask()) {
                byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
            }
            if (!m.toMask()) {
                continue;
            }
            long[] counts = tokensByType.computeIfAbsent(m.entityType(), k -> new long[2]);
            for (int[] t : tokens) {
                if (t[0] >= m.start() && t[1] <= m.end()) {
                    counts[1]++;
                    if (majority(masked, t[0], t[1])) {
                        counts[0]++;
                    }
                }
            }
        }
        for (List<TabMention> ms : byEntity.values()) {
            boolean direct = ms.stream().anyMatch(m -> m.identifierType().equals("DIRECT"));
            boolean all = ms.stream().allMatch(m -> mentionMasked(m, tokens, masked));
            if (direct) {
                directEntities++;
                directMasked += all ? 1 : 0;
            } else {
                quasiEntities++;
                quasiMasked += all ? 1 : 0;
            }
        }
    }

    /** Public context the annotator chose to keep: each of its tokens that is masked costs readability. */
    private void countNoMask(TabMention m, List<int[]> tokens, boolean[] masked) {
        for (int[] t : tokens) {
            if (t[0] >= m.start() && t[1] <= m.end()) {
                noMaskTokens++;
                if (majority(masked, t[0], t[1])) {
                    noMaskTokensMasked++;
                }
            }
        }
    }

    private static boolean mentionMasked(TabMention m, List<int[]> tokens, boolean[] masked) {
        for (int[] t : tokens) {
            if (t[0] >= m.start() && t[1] <= m.end() && !majority(masked, t[0], t[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean majority(boolean[] flags, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += flags[i] ? 1 : 0;
        }
        return 2 * n > end - start;
    }

    /** Maximal runs of letters, digits and combining marks, as [start, end) code-point ranges. */
    static List<int[]> tokens(int[] cps) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (Character.isLetterOrDigit(cps[i])) {
                int s = i;
                while (i < cps.length && (Character.isLetterOrDigit(cps[i])
                        || Character.getType(cps[i]) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                out.add(new int[] {s, i});
            } else {
                i++;
            }
        }
        return out;
    }

    public TabScore score() {
        long goldTokens = 0;
        long goldMasked = 0;
        Map<String, Double> byType = new HashMap<>();
        for (Map.Entry<String, long[]> e : tokensByType.entrySet()) {
            goldMasked += e.getValue()[0];
            goldTokens += e.getValue()[1];
            byType.put(e.getKey(), ratio(e.getValue()[0], e.getValue()[1]));
        }
        return new TabScore(ratio(directMasked, directEntities), ratio(quasiMasked, quasiEntities),
                ratio(goldMasked, goldTokens), ratio(maskedTokensInGold, maskedTokens),
                noMaskTokens == 0 ? 0.0 : (double) noMaskTokensMasked / noMaskTokens, new TreeMap<>(byType),
                documents, codePoints);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
