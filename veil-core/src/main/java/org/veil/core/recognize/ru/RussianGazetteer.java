package org.veil.core.recognize.ru;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.veil.core.recognize.ResourceLines;

/**
 * Place and given-name lists for the Russian tagger, matched by stem so every case form hits: "Москвы",
 * "Москве" and "Москвой" all reduce to "москв".
 */
final class RussianGazetteer {
    private static final String[] ENDINGS = {"ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам",
        "ям", "ах", "ях", "ию", "ия", "ии", "ью", "а", "я", "у", "ю", "е", "и", "ы", "ь", "й", "о"};
    static final RussianGazetteer INSTANCE = new RussianGazetteer();

    private final Set<String> places = stems("places.txt");
    private final Set<String> givenNames = stems("given-names.txt");
    private final Set<String> orgHeads = stems("org-heads.txt");

    private static Set<String> stems(String file) {
        Set<String> out = new HashSet<>();
        for (String w : ResourceLines.read("/org/veil/core/ru/" + file)) {
            out.add(stem(w));
        }
        return out;
    }

    /** The word without one case ending, if at least three letters remain. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    boolean isPlace(String word) {
        return places.contains(stem(word));
    }

    boolean isOrgHead(String word) {
        return orgHeads.contains(stem(word));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(stem(word));
    }
}
