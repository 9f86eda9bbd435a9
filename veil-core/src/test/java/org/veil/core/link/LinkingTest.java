package org.veil.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.Span;

class LinkingTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static List<Span> persons(Analysis a) {
        return a.spans().stream().filter(s -> s.type() == EntityType.PERSON).toList();
    }

    private static Set<String> entityOf(Analysis a, String... surfaces) {
        return a.spans().stream().filter(s -> List.of(surfaces).contains(s.text())).map(Span::entityId)
                .collect(Collectors.toSet());
    }

    @Test
    void titleVariantsAndPossessivesLinkToOnePerson() {
        Analysis a = ANALYZER.analyze(Document.of("The applicant, Mr Galip Yalman, is a teacher. Yalman was arrested."
                + " Later Mr Yalman's lawyer complained."));
        // The possessive ending stays outside the span so a replacement reads "[PERSON A]'s lawyer".
        Set<String> ids = entityOf(a, "Mr Galip Yalman", "Yalman", "Mr Yalman");
        assertEquals(1, ids.size(), a.spans().toString());
        assertEquals(3, persons(a).size(), a.spans().toString());
    }

    @Test
    void initialsLinkToTheFullName() {
        Analysis a = ANALYZER.analyze(Document.of("Selim Esmer was detained in Ankara. Two days later S. Esmer was"
                + " released."));
        assertEquals(1, entityOf(a, "Selim Esmer", "S. Esmer").size(), a.spans().toString());
    }

    @Test
    void spellingVariantsLinkAndMissedMentionsAreFlagged() {
        Analysis a = ANALYZER.analyze(Document.of("Dmitri Ivanov left the city in March. Friends say Dimitri is"
                + " afraid, and Dmitry rarely goes out."));
        Set<String> ids = entityOf(a, "Dmitri Ivanov", "Dimitri", "Dmitry");
        assertEquals(1, ids.size(), a.spans().toString());
        assertEquals(3, persons(a).size(), "every spelling is flagged: " + a.spans());
    }

    @Test
    void differentPeopleStayApart() {
        Analysis a = ANALYZER.analyze(Document.of("Olga Petrova met Ivan Sidorov in Moscow."));
        assertEquals(2, persons(a).stream().map(Span::entityId).distinct().count(), a.spans().toString());
    }

    @Test
    void nameFormsFoldDiacriticsAndTransliteration() {
        assertTrue(NameForms.similar("Dmitri", "Dmitry"));
        assertTrue(NameForms.similar("Dmitri", "Dimitri"));
        assertTrue(NameForms.similar("Yağız", "Yagiz"));
        assertTrue(NameForms.similar("Yalman’s", "Yalman"));
        assertFalse(NameForms.similar("Ivan", "Olga"));
        assertFalse(NameForms.similar("Petrov", "Sidorov"));
    }
}
