package org.veil.core.anonymize;

import java.util.Locale;
import java.util.Set;

/** The word before a span, which tells a Russian replacement the case it must take. */
final class PrecedingWord {
    private static final Set<String> CONJUNCTIONS = Set.of("и", "или", "либо");

    private PrecedingWord() {
    }

    /**
     * The word just before {@code start}, lower case: a preposition or verb tells the case a phrase takes. After
     * "и", "или" the preposition of the first of the joined phrases counts ("о Сидоровой и Соколове").
     */
    static String of(String text, int start) {
        int[] w = previousWord(text, start);
        String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        if (!CONJUNCTIONS.contains(word)) {
            return word;
        }
        int at = w[0];
        for (int back = 0; back < 4; back++) {
            int[] e = previousWord(text, at);
            if (e[0] == e[1]) {
                break;
            }
            String earlier = text.substring(e[0], e[1]).toLowerCase(Locale.ROOT);
            if (!RussianCase.after(earlier).isEmpty()) {
                return earlier;
            }
            at = e[0];
        }
        return word;
    }

    /** [from, to) of the word before {@code start}, across a space or a comma; empty if there is none. */
    private static int[] previousWord(String text, int start) {
        int end = start;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')
                && start - end < 3) {
            end--;
        }
        int from = end;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-') && end - from < 30) {
            from--;
        }
        return new int[]{from, end};
    }

}
