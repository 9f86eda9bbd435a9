package org.veil.core.recognize.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;
import org.veil.core.recognize.tagger.PerceptronTagger;

/**
 * Persons, places and organisations in English from the averaged-perceptron tagger trained with
 * {@code veil train en-ner} (distilled from Stanford's CRF on TAB training texts, with TAB's gold names). It
 * loads in a fraction of the CRF's time and tags several times faster; the CRF remains the old path
 * ({@code -Dveil.englishNer=crf}). Sentences without a Latin letter are skipped.
 */
public final class EnglishNerRecognizer implements Recognizer {
    public static final String MODEL = "/org/veil/core/en/ner-perceptron.bin.gz";
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static volatile EnglishNerRecognizer shared;

    private final PerceptronTagger<EnglishSentence> tagger;

    public EnglishNerRecognizer(PerceptronTagger<EnglishSentence> tagger) {
        this.tagger = tagger;
    }

    /** Whether {@code text} holds a Latin letter, the only kind of text this recognizer tags. */
    public static boolean tags(String text) {
        return LATIN.matcher(text).find();
    }

    /** The bundled model, loaded once. */
    public static EnglishNerRecognizer shared() {
        EnglishNerRecognizer r = shared;
        if (r == null) {
            synchronized (EnglishNerRecognizer.class) {
                r = shared;
                if (r == null) {
                    r = new EnglishNerRecognizer(load());
                    shared = r;
                }
            }
        }
        return r;
    }

    private static PerceptronTagger<EnglishSentence> load() {
        try (InputStream raw = EnglishNerRecognizer.class.getResourceAsStream(MODEL)) {
            if (raw == null) {
                throw new IllegalStateException("English NER model missing from the build: " + MODEL);
            }
            return EnglishNer.read(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read English NER model " + MODEL, e);
        }
    }

    public PerceptronTagger<EnglishSentence> tagger() {
        return tagger;
    }

    @Override
    public String name() {
        return "en-ner";
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        if (!tags(text)) {
            return out;
        }
        for (EnglishSentence s : EnglishNer.sentences(text)) {
            if (!mostlyLatin(s)) {
                continue;
            }
            int[] tags = tagger.tagIds(s);
            List<String> labels = tagger.labels();
            int i = 0;
            while (i < tags.length) {
                String tag = labels.get(tags[i]);
                if (tag.equals("O")) {
                    i++;
                    continue;
                }
                String type = tag.substring(2);
                int j = i + 1;
                // An inside tag of another type continues the name (greedy tagging can switch type midway:
                // "United/B-LOC Kingdom/I-ORG"), and two persons never stand side by side without a comma or
                // "and": B-PER B-PER is one name.
                while (j < tags.length && (labels.get(tags[j]).startsWith("I-")
                        || type.equals("PER") && labels.get(tags[j]).equals("B-PER"))) {
                    j++;
                }
                int from = i;
                int to = j;
                if (type.equals("PER")) {
                    // A greedy left-to-right tagger can start a long name late ("Sean | Marc Taylor-Sabori")
                    // or stop early: take in untagged capitalised words beside it that are no everyday word.
                    while (from > 0 && tags[from - 1] == 0 && s.nameLike(from - 1, from)) {
                        from--;
                    }
                    while (to < tags.length && tags[to] == 0 && s.nameLike(to, to - 1)) {
                        to++;
                    }
                }
                // The model knows English only: in a mixed sentence its guesses on Cyrillic words are the
                // Russian tagger's business (and mostly noise).
                if (anyCyrillic(s, from, to)) {
                    i = to;
                    continue;
                }
                EntityType et = EnglishNer.entityType(type);
                IdentifierKind kind = et == EntityType.PERSON ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
                out.add(new Mention(s.start(from), s.end(to - 1), et, kind, 0.85, name(), Specificity.STATISTICAL));
                i = to;
            }
        }
        return out;
    }

    private static boolean anyCyrillic(EnglishSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(s.word(i).codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence has a Latin word and no more Cyrillic words than Latin ones: the tagger learnt
     * English contexts, and a Latin brand inside a Russian sentence is the Russian tagger's and the shape
     * recognizers' to find.
     */
    private static boolean mostlyLatin(EnglishSentence s) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            if (Character.isLetter(w.charAt(0))) {
                Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
                cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
            }
        }
        return latin > 0 && cyrillic <= latin;
    }
}
