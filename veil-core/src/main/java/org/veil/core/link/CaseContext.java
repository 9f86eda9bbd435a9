package org.veil.core.link;

import java.util.Set;

/**
 * What the words around a Cyrillic name say about its case. "Воронова" is a woman's nominative and a man's
 * genitive or accusative; a preposition before it ("у Воронова", "про Воронова") or a plural past verb right after
 * it ("Воронова видели", which cannot have a singular subject) rules the nominative out, so it is the man.
 */
final class CaseContext {
    /** Prepositions: none of them is followed by a nominative. */
    private static final Set<String> PREPOSITIONS = Set.of("у", "от", "для", "без", "против", "около", "возле", "до",
            "из", "после", "кроме", "вместо", "среди", "про", "через", "на", "в", "во", "за", "над", "под", "о", "об",
            "обо", "при", "к", "ко", "с", "со", "по", "мимо", "ради", "насчёт", "насчет", "из-за", "из-под", "вокруг");

    private CaseContext() {
    }

    static boolean rulesOutNominative(String text, int start, int end) {
        String before = wordBefore(text, start);
        if (before != null && PREPOSITIONS.contains(before)) {
            return true;
        }
        String after = wordAfter(text, end);
        return after != null && after.length() >= 4 && after.endsWith("ли") && Character.isLowerCase(after.charAt(0))
                && Character.UnicodeScript.of(after.charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** The word right before {@code at} across spaces only (punctuation breaks the link), lower-cased. */
    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return s < e && e < at ? text.substring(s, e).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The word right after {@code at} across spaces only, as written. */
    private static String wordAfter(String text, int at) {
        int s = at;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return s > at && e > s ? text.substring(s, e) : null;
    }
}
