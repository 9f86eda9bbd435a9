package org.veil.core.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Specificity;

class OverlapResolverTest {
    private static Mention m(int s, int e, EntityType t, int spec) {
        return new Mention(s, e, t, IdentifierKind.QUASI, 0.5, "t", spec);
    }

    @Test
    void moreSpecificWinsAndLoserKeepsItsOutsideWords() {
        String text = "his wife Maria Petrova left";
        // family phrase "his wife Maria" (lexicon) overlaps the name "Maria Petrova" (statistical)
        List<Mention> out = OverlapResolver.resolve(text, List.of(
                m(0, 14, EntityType.DEMOGRAPHIC, Specificity.LEXICON),
                m(9, 22, EntityType.PERSON, Specificity.STATISTICAL)));
        assertEquals(2, out.size());
        assertEquals("his wife", out.get(0).text(text));
        assertEquals("Maria Petrova", out.get(1).text(text));
    }

    @Test
    void longerWinsAtEqualSpecificity() {
        String text = "the Kayseri Administrative Court said";
        List<Mention> out = OverlapResolver.resolve(text, List.of(
                m(4, 11, EntityType.LOCATION, Specificity.STATISTICAL),
                m(4, 32, EntityType.ORGANIZATION, Specificity.STATISTICAL)));
        assertEquals(1, out.size());
        assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    }

    @Test
    void numberFragmentsWithoutDigitsAreDropped() {
        String text = "no. 4506 123456 and a card";
        List<Mention> out = OverlapResolver.resolve(text, List.of(
                m(4, 15, EntityType.CODE, Specificity.VALIDATED),
                m(4, 21, EntityType.CODE, Specificity.PATTERN)));
        assertEquals(1, out.size());
        assertEquals("4506 123456", out.get(0).text(text));
    }

    @Test
    void deterministicWhateverTheInputOrder() {
        String text = "Anna Smith";
        Mention a = m(0, 10, EntityType.PERSON, Specificity.STATISTICAL);
        Mention b = m(0, 10, EntityType.ORGANIZATION, Specificity.STATISTICAL);
        assertEquals(OverlapResolver.resolve(text, List.of(a, b)), OverlapResolver.resolve(text, List.of(b, a)));
    }
}
