package org.veil.core.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Specificity;

class TypeArbiterTest {
    private static EntityType retyped(String text, String surface, EntityType type, int specificity) {
        int start = text.indexOf(surface);
        Mention m = new Mention(start, start + surface.length(), type, IdentifierKind.DIRECT, 0.8, "en-ner",
                specificity);
        return TypeArbiter.retype(text, List.of(m)).get(0).type();
    }

    @Test
    void aOneWordBankTheModelCalledAPersonOrPlaceIsAnOrganisation() {
        String text = "Transfers went to a Sberbank card and a Monobank account on the West Bank.";
        assertEquals(EntityType.ORGANIZATION, retyped(text, "Sberbank", EntityType.PERSON, Specificity.STATISTICAL));
        assertEquals(EntityType.ORGANIZATION, retyped(text, "Monobank", EntityType.LOCATION, Specificity.STATISTICAL));
    }

    @Test
    void twoWordPlacesAndRuleFindingsKeepTheirType() {
        String text = "Transfers went to a Sberbank card and a Monobank account on the West Bank.";
        assertEquals(EntityType.LOCATION, retyped(text, "West Bank", EntityType.LOCATION, Specificity.STATISTICAL));
        assertEquals(EntityType.PERSON, retyped(text, "Sberbank", EntityType.PERSON, Specificity.PATTERN));
    }
}
