package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {
    @Test
    void anEditAcrossPiecesIsWrittenOnceInTheFirstAndRemovedFromTheOthers() throws Exception {
        TextPieces pieces = new TextPieces();
        String[] written = {"The name is ", "Mar", "ina Sok", "olova", " here."};
        String[] out = Arrays.copyOf(written, written.length);
        for (int i = 0; i < written.length; i++) {
            int at = i;
            pieces.piece(written[i], s -> out[at] = s);
        }
        assertEquals("The name is Marina Sokolova here.", pieces.text());
        pieces.apply(List.of(new TextEdit(12, 27, "[PERSON A]")));
        assertEquals(List.of("The name is ", "[PERSON A]", "", "", " here."), Arrays.asList(out));
    }

    @Test
    void paragraphsAreBlankLineSeparatedAndEndASentenceForDetection() throws Exception {
        TextPieces pieces = new TextPieces();
        List<String> seen = new ArrayList<>();
        pieces.piece("Witness: Marina", seen::add);
        pieces.endParagraph();
        pieces.piece("Interview 😀 with Ivan", seen::add);
        pieces.endParagraph();
        pieces.endParagraph();
        assertEquals("Witness: Marina.\n\nInterview 😀 with Ivan.\n\n", pieces.text());
        // Offsets are code points: the emoji counts once.
        pieces.apply(List.of(new TextEdit(35, 39, "[PERSON B]")));
        assertEquals(List.of("Interview 😀 with [PERSON B]"), seen);
    }

    @Test
    void anEditWithinSeparatorsOnlyRefuses() {
        TextPieces pieces = new TextPieces();
        pieces.piece("One", s -> { });
        pieces.endParagraph();
        pieces.piece("Two", s -> { });
        assertThrows(DocumentRefused.class, () -> pieces.apply(List.of(new TextEdit(3, 5, "x"))));
    }
}
