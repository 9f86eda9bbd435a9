package org.veil.core.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the known name words a word may be a spelling of, without comparing it to every known word: each
 * folded key is indexed under itself and its one-letter deletions, and a word probes the same way
 * (symmetric-delete lookup), then {@link NameForms#similarFolded} confirms.
 */
public final class SpellingIndex<V> {
    private final Map<String, List<String>> byVariant = new HashMap<>();
    private final Map<String, V> values = new HashMap<>();

    public void put(String foldedKey, V value) {
        if (values.putIfAbsent(foldedKey, value) != null) {
            return;
        }
        for (String v : variants(foldedKey)) {
            byVariant.computeIfAbsent(v, k -> new ArrayList<>(1)).add(foldedKey);
        }
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value of the first known key the word is a spelling of, or null. */
    public V find(String word) {
        String folded = NameForms.fold(word);
        V exact = values.get(folded);
        if (exact != null) {
            return exact;
        }
        for (String v : variants(folded)) {
            List<String> keys = byVariant.get(v);
            if (keys != null) {
                for (String k : keys) {
                    if (NameForms.similarFolded(k, folded)) {
                        return values.get(k);
                    }
                }
            }
        }
        return null;
    }

    private static List<String> variants(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        if (s.length() >= 5) {
            for (int i = 0; i < s.length(); i++) {
                out.add(s.substring(0, i) + s.substring(i + 1));
            }
        }
        return out;
    }
}
