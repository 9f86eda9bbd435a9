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
    /** Noun case endings, longest first: "компаний", "компанией", "компаниями" all reduce to "компан". */
    private static final String[] NOUN_ENDINGS = {"иями", "ыми", "ями", "ами", "ая", "ую", "ые", "ых", "ым", "ией",
        "ием", "иях", "иям", "ии", "ия", "ию", "ие", "ий", "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ов",
        "ев", "ью", "а", "я", "у", "ю", "е", "и", "ы",
        "ь", "й", "о"};

    static final RussianGazetteer INSTANCE = new RussianGazetteer();

    private final Set<String> places = stems("places.txt");
    private final Set<String> givenNames = stems("given-names.txt");
    private final Set<String> orgHeads = nounStems("org-heads.txt");
    private final Set<String> placeHeads = nounStems("place-heads.txt");

    private static Set<String> stems(String file) {
        Set<String> out = new HashSet<>();
        for (String w : ResourceLines.read("/org/veil/core/ru/" + file)) {
            out.add(stem(w));
        }
        return out;
    }

    private static Set<String> nounStems(String file) {
        Set<String> out = new HashSet<>();
        for (String w : ResourceLines.read("/org/veil/core/ru/" + file)) {
            out.add(nounStem(w));
        }
        return out;
    }

    /** The noun without its case ending (singular or plural), if at least three letters remain. */
    static String nounStem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String e : NOUN_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    /** Adjective endings in every case, gender and number ("Федеральное", "японского", "Боденским"). */
    private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого",
        "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими"};

    /** A Cyrillic word of at least four letters with an adjective's ending. */
    static boolean adjectival(String word) {
        if (word.length() < 4 || !cyrillic(word)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : ADJECTIVE_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The word starts with a Cyrillic letter. */
    static boolean cyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
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

    /** An organisation head noun in any case and number, also as the last part of a compound (интернет-издания). */
    boolean isOrgHead(String word) {
        int hyphen = word.lastIndexOf('-');
        return orgHeads.contains(nounStem(word))
                || hyphen > 0 && orgHeads.contains(nounStem(word.substring(hyphen + 1)));
    }

    /** A common noun that heads a place name (река, озеро, площадь), in any case and number. */
    boolean isPlaceHead(String word) {
        return placeHeads.contains(nounStem(word));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(stem(word));
    }
}
