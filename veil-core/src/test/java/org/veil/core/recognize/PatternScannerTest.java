package org.veil.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PatternScanner} finds exactly what {@link Matcher#find()} finds: every built-in recognizer's pattern
 * and a set of awkward ones, on random texts made of the patterns' own words, digits, punctuation, both
 * scripts, surrogate pairs and combining marks. A probe that wrongly ruled a start character out would drop
 * matches here.
 */
class PatternScannerTest {
    /** Patterns whose first character or the one before is easy to get wrong. */
    private static final List<String> AWKWARD = List.of(
            "(?<=[\\p{L},] )\\p{Lu}\\p{L}+",              // a positive look-behind first
            "x(?<=[^a]x)y",                               // a positive look-behind after the first character
            "\\b\\.com",                                  // a word boundary before a non-word character
            "\\Bing\\b",                                  // inside a word only
            "(?=ab)",                                     // an empty match, only before "ab"
            "(?<![\\p{L}\\p{N}])\\d{2}|ab(?<!xab)c",      // the word-start look-behind on one alternative only
            "(?<![\\p{L}\\p{N}])(?i:straße|ǅemal)",       // case-insensitive, letters whose case maps change length
            "(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+['’-]?",     // any word
            "^\\p{Lu}\\p{Ll}+$",                          // anchors
            "(?m)^\\d+\\.",                               // multi-line anchors
            "\\Q(?<=x)\\E\\d",                            // a quoted look-behind is text
            "[(?<=]\\d");                                 // so is one in a class

    private static final String[] PIECES = {" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "; ", "(", ")", "«", "»",
            "\"", "’", "'", "-", "—", "/", "@", "#", "№", "§", ":", "+", "0", "7", "12", "1999", "2021", "38055/97",
            "+7 495 123-45-67", "a", "I", "x", "ab", "xab", "abc", "The", "the", "in", "on", "Mr", "Ivan", "Иван",
            "Петров", "улица", "дом", "г.", "км", "𝐀", "😀", "é", "e\u0301", "ǅ", "ß", "İ", "ﬁ", "\u00A0", "\t",
            "ing", "ings", "Straße", ".com", "example.com", "user_name88", "www.", "https://", "2001-05-17"};

    @Test
    void everyBuiltInPatternFindsWhatFindFinds() {
        List<Pattern> patterns = new ArrayList<>();
        for (Recognizer r : RecognizerRegistry.withoutTaggers()) {
            if (r instanceof PatternRecognizer p) {
                patterns.add(p.scanner().pattern());
            }
        }
        assertTrue(patterns.size() > 30, "the registry's patterns: " + patterns.size());
        for (String regex : AWKWARD) {
            patterns.add(Pattern.compile(regex));
        }
        Random random = new Random(7);
        List<String> pieces = piecesFrom(patterns);
        int matches = 0;
        for (Pattern pattern : patterns) {
            // No warm-up: every text is searched with the probes.
            PatternScanner scanner = PatternScanner.of(pattern, false, 0);
            PatternScanner pairs = PatternScanner.of(pattern, true, 0);
            for (int t = 0; t < 150; t++) {
                String text = randomText(random, pieces);
                List<String> expected = find(pattern, text);
                assertEquals(expected, scan(scanner, text), pattern + " in: " + text);
                assertEquals(expected, scan(pairs, text), pattern + " (pairs) in: " + text);
                matches += expected.size();
            }
        }
        assertTrue(matches > 2000, "the texts hold matches: " + matches);
    }

    @Test
    void probesAreUsedWhereTheyAreSafe() {
        assertTrue(PatternScanner.of(Pattern.compile("(?<=x )\\d+")).filters());
        assertTrue(PatternScanner.of(Pattern.compile("\\bfoo\\b")).filters());
        assertFalse(PatternScanner.of(Pattern.compile("\\Gx")).filters(), "\\G depends on the previous match");
        assertFalse(PatternScanner.of(Pattern.compile("x*")).filters(), "an empty match can start anywhere");
        PatternScanner digits = PatternScanner.of(Pattern.compile("(?<![\\p{L}\\p{N}])\\d{3}"));
        assertFalse(digits.mayStartAt("a123", 1), "inside a word");
        assertFalse(digits.mayStartAt(" x23", 1), "not a digit");
        assertTrue(digits.mayStartAt(" 123", 1));
    }

    @Test
    void shortTextsAreSearchedThePlainWayUntilTheScannerIsWarm() {
        PatternScanner digits = PatternScanner.of(Pattern.compile("(?<![\\p{L}\\p{N}])\\d{3}"));
        String text = "no. 123 and 4567 ".repeat(100);
        for (int i = 0; i < PatternScanner.WARM_UP / text.length() + 2; i++) {
            assertEquals(find(digits.pattern(), text), scan(digits, text));
        }
    }

    @Test
    void relaxedPatternsDropLookBehindsAndBoundariesOnly() {
        assertEquals("(?:)\\d(?:)x", PatternScanner.relax("(?<![\\p{L}(])\\d(?<=(?:a|b)\\d)x"));
        assertEquals("a[\\b]\\\\b", PatternScanner.relax("\\ba[\\b]\\\\b"));
        assertEquals("\\Q(?<=\\E[(?<=]", PatternScanner.relax("\\Q(?<=\\E[(?<=]"));
        assertEquals(List.of("(?<!x)a", "(b|c)", "[|]"), PatternScanner.topLevelAlternatives("(?<!x)a|(b|c)|[|]"));
    }

    /** Fragments for random texts: the pieces above and the words written in the patterns themselves. */
    private static List<String> piecesFrom(List<Pattern> patterns) {
        Set<String> pieces = new LinkedHashSet<>(List.of(PIECES));
        Matcher word = Pattern.compile("[\\p{L}]{2,}(?: [\\p{L}]{2,})?").matcher("");
        for (Pattern p : patterns) {
            word.reset(p.pattern().replaceAll("\\\\[pP]\\{\\w+}", " "));
            while (word.find()) {
                pieces.add(word.group());
                pieces.add(Character.toUpperCase(word.group().charAt(0)) + word.group().substring(1));
            }
        }
        return new ArrayList<>(pieces);
    }

    private static String randomText(Random random, List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(pieces.get(random.nextInt(pieces.size())));
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> scan(PatternScanner scanner, String text) {
        List<String> out = new ArrayList<>();
        PatternScanner.Finder f = scanner.finder(text);
        while (f.find()) {
            out.add(f.matcher().start() + "-" + f.matcher().end());
        }
        return out;
    }
}
