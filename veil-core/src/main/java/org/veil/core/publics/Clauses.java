package org.veil.core.publics;

/** The stretch of text around a mention that its context rules look at: the same sentence, a bounded window. */
final class Clauses {
    private Clauses() {
    }

    /** Up to 60 characters before {@code start}, not reaching back over the end of a sentence. */
    static String before(String text, int start) {
        int from = Math.max(0, start - 60);
        for (int i = start - 1; i >= from; i--) {
            if (endsSentence(text, i)) {
                return text.substring(i + 1, start);
            }
        }
        return text.substring(from, start);
    }

    /** The rest of the sentence after {@code end}, at most 120 characters. */
    static String after(String text, int end) {
        int to = Math.min(text.length(), end + 120);
        for (int i = end; i < to; i++) {
            if (endsSentence(text, i)) {
                return text.substring(end, i);
            }
        }
        return text.substring(end, to);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean stop = c == '.' || c == '!' || c == '?' || c == ';';
        return stop && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !(c == '.' && abbreviation(text, i));
    }

    /** "No. 11", "v. Turkey", "p.m.", "Mr. X": a full stop after a short abbreviation does not end a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String w = text.substring(s, dot);
        return w.length() == 1 || w.equalsIgnoreCase("no") || w.equalsIgnoreCase("nos") || w.equalsIgnoreCase("art")
                || w.equalsIgnoreCase("vs") || w.equalsIgnoreCase("mr") || w.equalsIgnoreCase("mrs")
                || w.equalsIgnoreCase("ms") || w.equalsIgnoreCase("dr") || w.equalsIgnoreCase("st");
    }
}
