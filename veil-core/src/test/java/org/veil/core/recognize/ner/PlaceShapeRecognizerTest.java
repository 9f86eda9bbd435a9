package org.veil.core.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;
import org.veil.core.recognize.PatternRecognizer;

class PlaceShapeRecognizerTest {
    private final PatternRecognizer r = PlaceShapeRecognizer.create();

    @Test
    void unknownNamesBeforeAPlaceNoun() {
        assertEquals(List.of("Dezerter bazaar"), Found.in(r, "a rented room near Tbilisi's Dezerter bazaar. His"));
        assertEquals(List.of("Yaroslavsky railway station"), Found.in(r, "met at the Yaroslavsky railway station"));
        assertEquals(List.of("Gorky Park"), Found.in(r, "walks in Gorky Park every day"));
        assertEquals(List.of("Дезертир"), Found.in(r, "снимает комнату рядом с рынком «Дезертир» в Тбилиси"));
        assertEquals(List.of("Солнечный"), Found.in(r, "живёт в ЖК «Солнечный»."));
    }

    @Test
    void adjectivesAndSentenceStartsAreNot() {
        assertTrue(Found.in(r, "prices at the Russian market rose; we left Central station").isEmpty());
        assertTrue(Found.in(r, "It rained. Hotel staff were kind.").isEmpty(), "sentence start");
        assertTrue(Found.in(r, "the market was closed").isEmpty());
        assertTrue(Found.in(r, "на рынке было людно; «Дезертир» — фильм").isEmpty());
    }
}
