package org.veil.core.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared: case, diacritics, possessives, honorifics and common transliteration variants
 * (Dmitri / Dimitri / Dmitry, Yalman / Yalman's) are folded away.
 */
public final class NameForms {
    /** Spaces between the words of a mention; compiled once (String.split compiles its regex on every call). */
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** Honorifics and titles that precede a name and belong to the mention (they reveal gender or role). */
    public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lady", "lord", "judge", "justice", "sgt", "sergeant", "lt", "lieutenant", "capt",
            "captain", "col", "colonel", "gen", "general", "major", "private", "corporal", "rev", "father",
            "sister", "brother", "imam", "rabbi", "mme", "mlle", "herr", "frau", "bay", "bayan");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’]+|[,;:“”‘’]+$");

    private NameForms() {
    }

    /** Folding is pure and names repeat, so results are remembered (bounded, cleared when full). */
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Lower case, no diacritics, no possessive ending, transliteration variants folded. */
    public static String fold(String word) {
        String cached = FOLDED.get(word);
        if (cached != null) {
            return cached;
        }
        if (FOLDED.size() > CACHE_LIMIT) {
            FOLDED.clear();
        }
        String folded = computeFold(word);
        folded = DIMINUTIVES.getOrDefault(folded, folded);
        FOLDED.put(word, folded);
        return folded;
    }

    private static final String[] CYRILLIC_TO_LATIN = new String[0x450 - 0x430 + 2];

    static {
        // Simplified transliteration, enough for Дмитрий/Dmitri and Соколов/Sokolov to fold alike.
        String[] latin = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
            "u", "f", "h", "ts", "ch", "sh", "sch", "", "i", "", "e", "iu", "ia"};
        System.arraycopy(latin, 0, CYRILLIC_TO_LATIN, 0, latin.length);
    }

    private static String transliterate(String lower) {
        StringBuilder sb = new StringBuilder(lower.length() + 4);
        for (char c : lower.toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                sb.append(CYRILLIC_TO_LATIN[c - 'а']);
            } else if (c == 'ё') {
                sb.append('e');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Russian case endings, longest first: "Соколову", "Соколовым", "Дмитрия" fold to their stem. */
    private static final String[] RUSSIAN_ENDINGS = {"ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ым", "им",
        "ом", "ем", "ою", "ею", "а", "я", "у", "ю", "е", "ы"};
    /**
     * Folded hypocorism or other spelling → folded full name ("dima" → "dmitri"), from the one table
     * {@link GivenNames#table()}. A form shared by names that fold apart (Слава: Владислав, Вячеслав...) is
     * left as it is: folding it to one of them would be a guess.
     */
    private static final java.util.Map<String, String> DIMINUTIVES = new java.util.HashMap<>();

    static {
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (GivenNames.Entry entry : GivenNames.table()) {
            String full = computeFold(entry.fullName());
            for (String variant : entry.variants()) {
                String form = computeFold(variant);
                String before = DIMINUTIVES.putIfAbsent(form, full);
                if (before != null && !before.equals(full)) {
                    ambiguous.add(form);
                }
            }
        }
        DIMINUTIVES.keySet().removeAll(ambiguous);
        DIMINUTIVES.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
    }

    /** Strips one Russian case ending from a Cyrillic word of five letters or more. */
    private static String russianStem(String lower) {
        if (lower.length() < 5 || !Character.isLetter(lower.charAt(0))
                || Character.UnicodeScript.of(lower.charAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return lower;
        }
        for (String e : RUSSIAN_ENDINGS) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 4) {
                return lower.substring(0, lower.length() - e.length());
            }
        }
        return lower;
    }

    private static String computeFold(String word) {
        String w = word.replace('ı', 'i').replace('İ', 'I').replace('ł', 'l').replace('Ł', 'L')
                .replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss").replace("æ", "ae");
        w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        w = transliterate(russianStem(POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("")));
        // Transliteration: y/i and doubled letters vary between spellings of one Slavic or Turkic name.
        w = w.replace('y', 'i').replace("ij", "i").replace("kh", "h").replace("ks", "x");
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Whether two name words are spellings of one name: equal when folded, or one edit apart if long. */
    public static boolean similar(String a, String b) {
        return similarFolded(fold(a), fold(b)) || sameGivenName(a, b);
    }

    /** Two forms of one given name in any script, spelling, case or hypocorism (Павлу / Pavel, Alyosha / Алексей). */
    private static boolean sameGivenName(String a, String b) {
        java.util.Set<GivenNames.Name> x = GivenNames.of(a);
        return !x.isEmpty() && GivenNames.of(b).stream().anyMatch(x::contains);
    }

    /** {@link #similar} on words already folded. */
    public static boolean similarFolded(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        return x.length() >= 5 && y.length() >= 5 && x.charAt(0) == y.charAt(0) && withinOneEdit(x, y);
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** The words of a person mention without honorifics, e.g. "Mr Galip Yalman's" → [Galip, Yalman]. */
    public static List<String> nameWords(String mention) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(mention)) {
            String bare = EDGE_PUNCTUATION.matcher(POSSESSIVE.matcher(w).replaceAll("")).replaceAll("");
            if (bare.isEmpty() || TITLES.contains(bare.toLowerCase(Locale.ROOT).replace(".", ""))) {
                continue;
            }
            words.add(bare);
        }
        return words;
    }

    /** "S." or "S" or "J.-P." — an initial rather than a name. */
    public static boolean isInitial(String word) {
        return word.replace(".", "").replace("-", "").length() <= 2 && Character.isUpperCase(word.charAt(0));
    }
}
