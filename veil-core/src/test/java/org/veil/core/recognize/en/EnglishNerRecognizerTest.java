package org.veil.core.recognize.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Mention;

/** The shipped English model on general prose, not court judgments. */
class EnglishNerRecognizerTest {
    private static Set<String> found(String text, EntityType type) {
        return EnglishNerRecognizer.shared().recognize(text).stream().filter(m -> m.type() == type)
                .map(m -> text.substring(m.start(), m.end())).collect(Collectors.toSet());
    }

    @Test
    void findsPersonsPlacesAndOrganisationsInGeneralEnglish() {
        String text = "Pavel Voronin, 29, left Ryazan in March. His sister Olga Sidorova still works for "
                + "Northfield Trading in Manchester. \"We had no choice,\" said Maria Keller.";
        assertEquals(Set.of("Pavel Voronin", "Olga Sidorova", "Maria Keller"), found(text, EntityType.PERSON));
        assertTrue(found(text, EntityType.LOCATION).containsAll(Set.of("Ryazan", "Manchester")),
                found(text, EntityType.LOCATION).toString());
        assertTrue(found(text, EntityType.ORGANIZATION).contains("Northfield Trading"),
                found(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void findsNamesOpeningShortSentencesAndBylines() {
        assertEquals(Set.of("Anna Petrova"), found("Anna Petrova moved to Omsk.", EntityType.PERSON));
        assertEquals(Set.of("John Smith", "Bob Jones"), found("John Smith called Bob Jones.", EntityType.PERSON));
        assertEquals(Set.of("J. Mackenzie"), found("The applicant was represented by Mr J. Mackenzie, a lawyer.",
                EntityType.PERSON));
    }

    @Test
    void leavesOrdinaryCapitalisedWordsAlone() {
        String text = "Yesterday the Committee published its Annual Report. However, the Minister did not reply. "
                + "Table of Contents. Breaking News. On Monday the Government said the Police knew nothing.";
        List<Mention> ms = EnglishNerRecognizer.shared().recognize(text);
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON),
                ms.stream().map(m -> text.substring(m.start(), m.end())).toList().toString());
    }

    @Test
    void weekdaysAreNoNamesAndAListedPlaceIsAPlace() {
        String text = "Sent: Tuesday, 4 June 2024 09:13\nwe live at vul. Shevchenka 14/2, Kramatorsk. Bakhmut fell.";
        assertTrue(!found(text, EntityType.PERSON).contains("Tuesday"), found(text, EntityType.PERSON).toString());
        assertTrue(!found(text, EntityType.PERSON).contains("Bakhmut"), found(text, EntityType.PERSON).toString());
        String russian = "The letter was translated from Russian. She is Russian. The Russian army shelled it.";
        assertTrue(EnglishNerRecognizer.shared().recognize(russian).isEmpty(), () -> "nationalities have their own rule: "
                + EnglishNerRecognizer.shared().recognize(russian).stream().map(m -> russian.substring(m.start(),
                m.end()) + "/" + m.type()).toList());
    }

    @Test
    void skipsTextWithoutLatinLetters() {
        assertTrue(EnglishNerRecognizer.shared().recognize("Иван Петров живёт в Москве.").isEmpty());
    }

    @Test
    void titlesAndInitialsDoNotEndSentencesAndPossessivesSplit() {
        List<List<EnglishTokens.Token>> s = EnglishTokens.sentences("Mr. J. Smith's car. It left.");
        assertEquals(2, s.size());
        assertEquals(List.of("Mr.", "J.", "Smith", "'s", "car", "."),
                s.get(0).stream().map(EnglishTokens.Token::text).toList());
    }
}
