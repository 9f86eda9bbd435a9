package org.veil.core.anonymize;

/**
 * Between Russian and Latin letters for display, capitals kept: a Russian stand-in in an English sentence
 * ("Ivan Petrov"), and the rarer English stand-in in a Russian sentence ("Роберт Хугес"), so one stored
 * stand-in reads in the script of every sentence it stands in.
 */
final class Transliteration {
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    /** Latin letter groups, longest first, and the Russian letters they are read as in names. */
    private static final String[][] CYRILLIC = {
        {"shch", "щ"}, {"sch", "ш"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"yu", "ю"},
        {"ya", "я"}, {"yo", "ё"}, {"th", "т"}, {"ph", "ф"}, {"ck", "к"}, {"ee", "и"}, {"oo", "у"}, {"ou", "у"},
        {"qu", "кв"}, {"a", "а"}, {"b", "б"}, {"c", "к"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"},
        {"h", "х"}, {"i", "и"}, {"j", "дж"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
        {"p", "п"}, {"q", "к"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"w", "у"},
        {"x", "кс"}, {"y", "и"}, {"z", "з"}};

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

    /** Latin letters read as a Russian would write a foreign name; other characters stay. */
    static String toCyrillic(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c > 'z' || !Character.isLetter(c)) {
                sb.append(c);
                i++;
                continue;
            }
            String lower = text.substring(i).toLowerCase(java.util.Locale.ROOT);
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean afterVowel = !wordStart && "aeiouy".indexOf(Character.toLowerCase(text.charAt(i - 1))) >= 0;
            String russian = null;
            int used = 1;
            if (lower.startsWith("h") && !wordStart) {
                russian = "";
            } else if (lower.startsWith("y") && afterVowel) {
                russian = "й";
            } else if (lower.startsWith("c") && lower.length() > 1 && "eiy".indexOf(lower.charAt(1)) >= 0) {
                russian = "с";
            } else {
                for (String[] pair : CYRILLIC) {
                    if (lower.startsWith(pair[0])) {
                        russian = pair[1];
                        used = pair[0].length();
                        break;
                    }
                }
            }
            if (russian == null) {
                sb.append(c);
            } else if (Character.isUpperCase(c) && !russian.isEmpty()) {
                sb.append(Character.toUpperCase(russian.charAt(0))).append(russian, 1, russian.length());
            } else {
                sb.append(russian);
            }
            i += used;
        }
        return sb.toString();
    }

    /** The text in the script of a sentence of the given language. */
    static String into(String text, Language language) {
        return language == Language.RUSSIAN ? toCyrillic(text) : toLatin(text);
    }
}
