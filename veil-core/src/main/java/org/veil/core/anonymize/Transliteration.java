package org.veil.core.anonymize;

/** Russian to Latin letters for display (a Russian stand-in in an English sentence), capitals kept. */
final class Transliteration {
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private Transliteration() {
    }

    static String toLatin(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String l = lower >= 'а' && lower <= 'я' ? LATIN[lower - 'а'] : lower == 'ё' ? "yo" : null;
            if (l == null) {
                sb.append(c);
            } else if (Character.isUpperCase(c) && !l.isEmpty()) {
                sb.append(Character.toUpperCase(l.charAt(0))).append(l, 1, l.length());
            } else {
                sb.append(l);
            }
        }
        return sb.toString();
    }
}
