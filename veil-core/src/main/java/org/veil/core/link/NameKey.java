package org.veil.core.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One Latin spelling for a name word, whatever script or transliteration it was written in: Алексей, Alexei,
 * Alexey, Aleksei and Aleksej all become "alexei"; Лёша, Lyosha and Lesha become "lesha". Unlike
 * {@link NameForms#fold} it keeps case endings, so Воронина and Воронин stay apart.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    // Compiled once: String.replaceAll compiles its pattern on every call, and this runs for every name word.
    private static final Pattern J_AFTER_VOWEL = Pattern.compile("(?<=[aeiouy])j");
    private static final Pattern IO_BETWEEN_CONSONANTS = Pattern.compile("(?<=[^aeiou])io(?=[^aeiou])");
    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "i", "", "e", "iu", "ia"};

    private NameKey() {
    }

    public static String of(String word) {
        // Each regex below runs only where it can change something: this runs for every word of a text.
        String w = word.toLowerCase(Locale.ROOT);
        if (w.lastIndexOf('s') >= w.length() - 3) { // "'s" at the end, maybe before a line break ($)
            w = POSSESSIVE.matcher(w).replaceAll("");
        }
        if (!ascii(w)) {
            // ё and й are letters of their own: keep them before diacritics are dropped.
            w = w.replace('ё', 'е').replace('й', 'и').replace('ї', 'і');
            w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder sb = new StringBuilder(w.length() + 4);
        for (char c : w.toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                sb.append(CYRILLIC[c - 'а']);
            } else if (c == 'і') {
                sb.append('i');
            } else if (c == 'є') {
                sb.append('e');
            } else if (c == 'ґ') {
                sb.append('g');
            } else if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        // j after a vowel is й (Aleksej, Sergej); elsewhere it is an English j (Jan is not Ian).
        String k = (sb.indexOf("j") >= 0 ? J_AFTER_VOWEL.matcher(sb).replaceAll("i") : sb.toString())
                .replace('y', 'i').replace('w', 'v').replace("kh", "h").replace("ks", "x");
        // Е at a word's start and ё after a consonant are written ye/ie and yo/io in Latin.
        if (k.startsWith("ie")) {
            k = k.substring(1);
        }
        if (k.contains("io")) {
            k = IO_BETWEEN_CONSONANTS.matcher(k).replaceAll("e");
        }
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                out.append(k.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static boolean cyrillic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
