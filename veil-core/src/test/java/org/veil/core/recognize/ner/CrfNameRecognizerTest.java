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
}
