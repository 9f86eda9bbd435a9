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
}
