package org.veil.core.recognize.quasi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/** Finds the longest lexicon phrase starting at each word, skipping words already covered. */
public final class LexiconRecognizer implements Recognizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
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
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = m.start();
            ends[count++] = m.end();
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
}
