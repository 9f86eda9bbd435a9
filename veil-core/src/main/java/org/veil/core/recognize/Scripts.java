package org.veil.core.recognize;

/** Which writing systems a text uses, read without a regex (texts are scanned whole, often). */
public final class Scripts {
    private Scripts() {
    }

    /** Whether the text holds a Cyrillic letter: what a find of {@code \p{IsCyrillic}} tells. */
    public static boolean hasCyrillic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            // Every Cyrillic code point is U+0400 or above; most text never gets past this comparison.
            if (text.charAt(i) >= '\u0400'
                    && Character.UnicodeScript.of(Character.codePointAt(text, i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
