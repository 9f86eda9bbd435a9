package org.veil.core.recognize.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.core.recognize.Found;

class DateTimeRecognizerTest {
    private final DateTimeRecognizer r = new DateTimeRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"29 November 1996", "November 29, 1996", "29th of November 1996", "11/03/2022",
            "2022-03-11", "March 2021", "between 1982 and 1984", "the end of September", "the 1990s",
            "1949", "the summer of 2003", "14 years", "three months", "10.30 p.m."})
    void findsWholeExpression(String date) {
        String text = "It happened " + date + " as they said.";
        assertEquals(List.of(date), Found.in(r, text));
    }

    @Test
    void leadingPrepositionStaysOutside() {
        assertEquals(List.of("March"), Found.in(r, "He left in March."));
    }

    @Test
    void ignoresCodesAndLawReferences() {
        assertTrue(Found.in(r, "application no. 36110/97").isEmpty());
        assertTrue(Found.in(r, "Law no. 2000 and Article 1949").isEmpty());
        assertTrue(Found.in(r, "You may leave whenever you want.").isEmpty(), "modal 'may' is not a month");
    }

    @Test
    void aBareNumberIsAYearOnlyInTheLastTwoCenturies() {
        assertEquals(List.of("1994"), Found.in(r, "he was born in 1994 in Tula"));
        assertTrue(Found.in(r, "at Gymnasium 1520 and paid 1650 roubles").isEmpty());
        assertEquals(List.of("March 1812"), Found.in(r, "in March 1812 the army"), "with a month it stays a date");
    }

    @Test
    void monthAbbreviationDoesNotHideFullDate() {
        assertEquals(List.of("July 2000"), Found.in(r, "made in July 2000 and rejected"));
    }
}
