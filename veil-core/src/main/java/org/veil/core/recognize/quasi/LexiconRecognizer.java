package org.veil.core.recognize.quasi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/** Finds the longest lexicon phrase starting at each word, skipping words already covered. */
public final class LexiconRecognizer implements Recognizer {
    private final String name;
    private final Lexicon lexicon;
    private final EntityType type;
    private final IdentifierKind kind;
    private final double confidence;

    public LexiconRecognizer(String name, Lexicon lexicon, EntityType type, IdentifierKind kind, double confidence) {
        this.name = name;
        this.lexicon = lexicon;
        this.type = type;
        this.kind = kind;
        this.confidence = confidence;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Mention> recognize(String text) {
        // Word bounds in two int arrays and each word folded when it is looked at: a list of int pairs and an
        // array of folded words cost about 100 bytes per word, 300 MB on a 20 MB text, for each lexicon.
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        for (int at = nextWord(text, 0); at < text.length(); at = nextWord(text, ends[count - 1])) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = at;
            ends[count++] = wordEnd(text, at);
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < count) {
            int matched = 0;
            String phrase = null;
            for (int n = 1; n <= lexicon.longest() && i + n <= count; n++) {
                int w = i + n - 1;
                String word = Lexicon.normalise(text.substring(starts[w], ends[w]));
                if (n > 1) {
                    // Phrases never span punctuation or a line break.
                    int gapStart = ends[w - 1];
                    if (starts[w] - gapStart != 1 || text.charAt(gapStart) != ' ') {
                        break;
                    }
                    phrase = phrase + ' ' + word;
                } else {
                    phrase = word;
                }
                if (lexicon.contains(phrase)) {
                    matched = n;
                }
                if (!lexicon.startsLonger(phrase)) {
                    break; // no phrase goes on from these words
                }
            }
            if (matched > 0) {
                out.add(new Mention(starts[i], ends[i + matched - 1], type, kind, confidence, name,
                        Specificity.LEXICON));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }

    /*
     * Words are what [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)* finds, read without a regex: a scan that tried the
     * regex at every position was most of this recognizer's time, and every lexicon reads the whole text.
     */

    /** The first position from {@code from} where a word starts (the text's length if none). */
    static int nextWord(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            // Like the regex engine, every char index is tried, a lone low surrogate being no letter.
            if (wordChar(text.codePointAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** The end of the word starting at {@code start}: letter and digit runs joined by one apostrophe or hyphen. */
    static int wordEnd(String text, int start) {
        int i = run(text, start);
        while (i + 1 < text.length() && "'’-".indexOf(text.charAt(i)) >= 0 && wordChar(text.codePointAt(i + 1))) {
            i = run(text, i + 1);
        }
        return i;
    }

    private static int run(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!wordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean wordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
