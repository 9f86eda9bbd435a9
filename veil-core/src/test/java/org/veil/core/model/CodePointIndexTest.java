package org.veil.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    @Test
    void convertsAcrossSurrogatePairs() {
        String text = "😀 a@b.org";
        CodePointIndex idx = new CodePointIndex(text);
        int at = text.indexOf('a');
        assertEquals(3, at);
        assertEquals(2, idx.toCodePoint(at));
        assertEquals(at, idx.toChar(2));
        assertEquals(text.codePointCount(0, text.length()), idx.toCodePoint(text.length()));
    }

    /** Every offset of texts with pairs at the start, the end, side by side and lone halves agrees with String's. */
    @Test
    void agreesWithStringAtEveryOffset() {
        for (String text : new String[] {"", "plain", "😀", "😀😀x", "a😀b𝐀c", "\uD800 lone \uDC00 halves 😀",
                "x\uDC00\uD800", "end 𝐀"}) {
            CodePointIndex idx = new CodePointIndex(text);
            for (int i = 0; i <= text.length(); i++) {
                boolean secondHalf = i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                        && Character.isHighSurrogate(text.charAt(i - 1));
                int expected = text.codePointCount(0, i) - (secondHalf ? 1 : 0);
                assertEquals(expected, idx.toCodePoint(i), text + " at " + i);
            }
            int cps = text.codePointCount(0, text.length());
            for (int cp = 0; cp <= cps; cp++) {
                assertEquals(text.offsetByCodePoints(0, cp), idx.toChar(cp), text + " code point " + cp);
            }
        }
    }
}
