package org.veil.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every whole-word occurrence of a set of phrases in one pass: phrases are indexed by their first character
 * at a word start, longest first, so a large document with many entities costs one scan, not one per phrase.
 */
public final class SurfaceFinder {
    private SurfaceFinder() {
    }

    /** Non-overlapping [start, end) hits, leftmost-longest. */
    public static List<int[]> find(String text, Iterable<String> phrases) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String p : phrases) {
            byFirst.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        List<int[]> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String> candidates = byFirst.get(text.charAt(i));
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int matched = -1;
            if (candidates != null && wordStart) {
                for (String p : candidates) {
                    int end = i + p.length();
                    if (text.startsWith(p, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                        matched = end;
                        break;
                    }
                }
            }
            if (matched > 0) {
                hits.add(new int[] {i, matched});
                i = matched;
            } else {
                i++;
            }
        }
        return hits;
    }
}
