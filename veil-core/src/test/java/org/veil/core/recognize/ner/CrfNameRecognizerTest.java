package org.veil.core.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Mention;

class CrfNameRecognizerTest {
    private static boolean has(List<Mention> ms, String text, String surface, EntityType type) {
        return ms.stream().anyMatch(m -> m.text(text).equals(surface) && m.type() == type);
    }

    @Test
    void findsPersonPlaceAndOrganisation() {
        String text = "Mr Galip Yalman, a teacher from Izmir, was dismissed by Kayseri University in 2001.";
        List<Mention> ms = CrfNameRecognizer.shared().recognize(text);
        assertTrue(has(ms, text, "Galip Yalman", EntityType.PERSON), ms.toString());
        assertTrue(has(ms, text, "Izmir", EntityType.LOCATION), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void findsNothingInPlainLowercaseProse() {
        String text = "the weather was cold and nobody went outside that evening.";
        assertTrue(CrfNameRecognizer.shared().recognize(text).isEmpty());
    }

    @Test
    void largeTextsGoThroughInPiecesWithCorrectOffsets() {
        String para = "The weather was cold and nobody went outside that evening at all. ".repeat(200);
        String text = para + "\n\nMr Galip Yalman, a teacher from Izmir, was dismissed.\n\n" + para;
        assertTrue(CrfNameRecognizer.chunks(text).size() > 1);
        List<Mention> ms = CrfNameRecognizer.shared().recognize(text);
        assertTrue(has(ms, text, "Galip Yalman", EntityType.PERSON), ms.toString());
        int covered = 0;
        for (int[] c : CrfNameRecognizer.chunks(text)) {
            covered += c[1] - c[0];
        }
        org.junit.jupiter.api.Assertions.assertEquals(text.length(), covered, "chunks tile the text");
    }
}
