package org.veil.core.model;

/**
 * Converts UTF-16 offsets of a Java string to Unicode code-point offsets in O(1) after one O(n) pass.
 * Recognizers work on Java strings; spans are published in code points.
 */
public final class CodePointIndex {
    private final int[] codePointAt;
    private final int[] charAt;

    public CodePointIndex(String text) {
        codePointAt = new int[text.length() + 1];
        charAt = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                charAt[cp] = i;
                cp++;
            } else {
                codePointAt[i] = cp - 1;
            }
        }
        codePointAt[text.length()] = cp;
        charAt[cp] = text.length();
    }

    /** Code-point offset of the UTF-16 offset {@code charOffset}. */
    public int toCodePoint(int charOffset) {
        return codePointAt[charOffset];
    }

    /** UTF-16 offset of the code-point offset {@code codePointOffset}. */
    public int toChar(int codePointOffset) {
        return charAt[codePointOffset];
    }
}
