package org.veil.core.recognize.quasi;

import java.util.ArrayList;
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
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        String[] folded = new String[words.size()];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = Lexicon.normalise(text.substring(words.get(k)[0], words.get(k)[1]));
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            StringBuilder phrase = new StringBuilder();
            for (int n = 1; n <= lexicon.longest() && i + n <= words.size(); n++) {
                int[] w = words.get(i + n - 1);
                if (n > 1) {
                    // Phrases never span punctuation or a line break.
                    int gapStart = words.get(i + n - 2)[1];
                    if (w[0] - gapStart != 1 || text.charAt(gapStart) != ' ') {
                        break;
                    }
                    phrase.append(' ');
                }
                phrase.append(folded[i + n - 1]);
                if (lexicon.contains(phrase.toString())) {
                    matched = n;
                }
            }
            if (matched > 0) {
                out.add(new Mention(words.get(i)[0], words.get(i + matched - 1)[1], type, kind, confidence, name,
                        Specificity.LEXICON));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }
}
