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

    /**
     * The recognizer tries DATE only within {@link DateTimeRecognizer#LONGEST_LEAD} characters before a digit,
     * month, weekday, "noon" or "midnight": every match of DATE, at every position of texts made of its own
     * words, must have one that close, or an edit of DATE has made the shortcut drop dates.
     */
    @Test
    void everyDateMatchHasAnAnchorNearItsStart() {
        java.util.regex.Pattern date = DateTimeRecognizer.date();
        java.util.Set<String> pieces = new java.util.LinkedHashSet<>(List.of(" ", " ", " ", ", ", ". ", "-", "–",
                "/", ":", "'", "’", "1", "3", "12", "1999", "2004", "1990s", "30", "p.m.", "am", "hours", "of",
                "\n"));
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(date.pattern());
        while (word.find()) {
            pieces.add(word.group());
        }
        // The longest leads: a part of a period with its preposition, before the year or month.
        for (String by : List.of("", "at the ", "in the ", "by the ", "until the ", "towards the ")) {
            for (String part : List.of("beginning", "start", "end", "middle", "first half", "second half", "autumn",
                    "course")) {
                pieces.add(by + part + " of ");
            }
        }
        pieces.addAll(List.of("during the autumn of ", "in the winter of ", "the early ", "throughout ", "the end of ",
                "between ", "from ", "last ", "around ", "mid-"));
        List<String> all = new java.util.ArrayList<>(pieces);
        java.util.Random random = new java.util.Random(11);
        int matches = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 3 + random.nextInt(14); i < n; i++) {
                sb.append(all.get(random.nextInt(all.size()))).append(random.nextInt(4) > 0 ? " " : "");
            }
            String text = sb.toString();
            int[] anchors = DateTimeRecognizer.anchors(text);
            java.util.regex.Matcher m = date.matcher(text).useTransparentBounds(true);
            for (int at = 0; at < text.length(); at++) {
                if (m.region(at, text.length()).lookingAt()) {
                    matches++;
                    final int start = at;
                    assertTrue(java.util.Arrays.stream(anchors).anyMatch(a -> a >= start
                            && a - start <= DateTimeRecognizer.LONGEST_LEAD),
                            "no anchor near \"" + m.group() + "\" in: " + text);
                }
            }
        }
        assertTrue(matches > 2500, "dates in the texts: " + matches);
    }
}
