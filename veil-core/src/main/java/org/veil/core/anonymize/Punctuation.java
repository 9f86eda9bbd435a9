package org.veil.core.anonymize;

/**
 * Keeps the punctuation a span carried. A span may end with a dot that also ends its sentence ("… 28 сентября
 * 2022 г." at the end of a sentence, "Acme Ltd." before "He"); a replacement without that dot would run two
 * sentences together. A replacement that ends with the character that follows the span (a closing quote
 * left outside, a dot) would double it.
 */
final class Punctuation {
    private Punctuation() {
    }

    /**
     * @param original    the span's text
     * @param replacement what replaces it
     * @param after       the text after the span
     */
    static String keep(String original, String replacement, String after) {
        if (replacement.isEmpty() || original.isEmpty()) {
            return replacement;
        }
        char last = replacement.charAt(replacement.length() - 1);
        if (!after.isEmpty() && after.charAt(0) == last && ".»\")".indexOf(last) >= 0) {
            return replacement.substring(0, replacement.length() - 1);
        }
        if (original.endsWith(".") && last != '.' && endsSentence(after)) {
            return replacement + ".";
        }
        return replacement;
    }

    /** Whether the text after a dot starts a new sentence: nothing, a line break, or a space and a capital. */
    private static boolean endsSentence(String after) {
        int i = 0;
        while (i < after.length() && (after.charAt(i) == ' ' || after.charAt(i) == '\t' || after.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == after.length()) {
            return true;
        }
        char c = after.charAt(i);
        return c == '\n' || c == '\r' || i > 0 && (Character.isUpperCase(c) || c == '«'
                || c == '"' || c == '(' || c == '[');
    }
}
