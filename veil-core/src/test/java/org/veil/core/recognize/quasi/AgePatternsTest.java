package org.veil.core.recognize.quasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Found;

class AgePatternsTest {
    @Test
    void agesInApposition() {
        var a = AgePatterns.apposition();
        assertEquals(List.of("29"), Found.in(a, "Andrei Voronin, 29, said"));
        assertEquals(List.of("61"), Found.in(a, "his mother Galina, 61, works"));
        assertEquals(List.of("29"), Found.in(a, "Воронин, 29 лет, рассказал"));
        assertEquals(List.of("61"), Found.in(a, "Galina (61) and"));
        assertEquals(List.of("29"), Found.in(a, "The victim was Andrei Voronin, 29. He lived"));
        assertEquals(List.of("61"), Found.in(a, "Галина (61 год) и"));
    }

    @Test
    void appositionNeedsAPersonBeforeTheComma() {
        var a = AgePatterns.apposition();
        assertTrue(Found.in(a, "On 12 March, 29 people died; see Article 6, 29, and page 29.").isEmpty());
        assertTrue(Found.in(a, "Chapter Two, 29, lines; paragraphs 28, 29, 30").isEmpty());
        assertTrue(Found.in(a, "see Article 6, 29. And Voronin, 29.5 and Smith, 29.50 euros").isEmpty());
        assertTrue(Found.in(a, "Moscow, 29 years ago, was different. Москва, 29 лет назад, была другой.").isEmpty());
        assertTrue(Found.in(a, "Windows (10) and Smith, 290, and Jones, 0,").isEmpty(), "not a human age");
    }

    @Test
    void agesAfterAVerb() {
        var c = AgePatterns.copula();
        assertEquals(List.of("61"), Found.in(c, "She is 61."));
        assertEquals(List.of("29"), Found.in(c, "Voronin was 29 when he left"));
        assertEquals(List.of("40"), Found.in(c, "he turned 40 in May"));
        assertEquals(List.of("61"), Found.in(c, "She's 61 years old"));
        assertEquals(List.of("29"), Found.in(c, "В свои 29 он уже ведёт канал"));
        assertEquals(List.of("61"), Found.in(c, "ей исполнилось 61 в марте"));
        assertTrue(Found.in(c, "It is 61 km away. Unemployment was 12. There were 29 people. The score was 29,")
                .isEmpty());
        assertTrue(Found.in(c, "She was 29 minutes late; he is 5 feet away").isEmpty());
        assertTrue(Found.in(c, "see Cargo's 1.36.0 notes; your system Python is 3.2.5 now").isEmpty(), "versions");
    }

    @Test
    void birthYears() {
        var b = AgePatterns.birthYear();
        assertEquals(List.of("1995"), Found.in(b, "He was born in 1995 in Tver."));
        assertEquals(List.of("1995"), Found.in(b, "Voronin (b. 1995) said"));
        assertEquals(List.of("1995"), Found.in(b, "born 1995, lives in Tver"));
        assertEquals(List.of("1995 года рождения"), Found.in(b, "Воронин, 1995 года рождения, уехал"));
        assertEquals(List.of("1995 г.р."), Found.in(b, "Воронин, 1995 г.р., уехал"));
        assertEquals(List.of("1995 году"), Found.in(b, "родился в 1995 году"));
        assertEquals(List.of("1962–2020"), Found.in(b, "Galina Voronina (1962–2020) was"));
        assertEquals(EntityType.DATETIME, b.recognize("born in 1995").get(0).type());
        assertTrue(Found.in(b, "In 1995 the war began; the reform (1992–1995) failed; born in 12").isEmpty());
    }
}
