package org.veil.core.recognize.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    /**
     * Whether the only capitalised words of a tagged stretch are demonyms ("Russian", "the Russian army"): they go
     * to the nationality rule, which tells a state's army or a language from someone's nationality.
     */
    private static boolean onlyNationality(EnglishSentence s, int from, int to) {
        boolean any = false;
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (Character.isUpperCase(w.charAt(0))) {
                if (!EnglishGazetteer.bundled().nationality(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * One word that the place lists know and the name lists do not ("Kramatorsk") is a place, whatever the tagger
     * typed it: a wrong type gives a place a person's placeholder or stand-in.
     */
    private static boolean singleWordPlace(EnglishSentence s, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        String w = s.word(from);
        int marks = EnglishGazetteer.bundled().marks(w, w.toLowerCase(Locale.ROOT));
        return (marks & EnglishGazetteer.PLACE) != 0 && (marks & (EnglishGazetteer.GIVEN | EnglishGazetteer.SURNAME)) == 0;
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
        WordClusters clusters = WordClusters.bundled();
        EnglishGazetteer gazetteer = EnglishGazetteer.bundled();
        // One sentence's features at a time: built for a whole 20 MB text at once they held most of the heap.
        for (List<EnglishTokens.Token> tokens : EnglishTokens.sentences(text)) {
            EnglishSentence s = new EnglishSentence(tokens, clusters, gazetteer);
            // A mostly Russian sentence gives the tagger no English context: its Latin words are mostly brands
            // ("Google"), which the Russian tagger and the shape recognizers handle.
            int[] counts = scriptCounts(s);
            if (counts[0] == 0 || counts[1] > counts[0]) {
                continue;
            }
            // Cyrillic words are the Russian tagger's, unless the sentence around them is clearly English
            // ("her brother Дима received a letter"), where it has no Russian context to go on.
            boolean cyrillicNames = counts[0] >= 2 * counts[1];
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
                if (!cyrillicNames && anyCyrillic(s, from, to)) {
                    i = to;
                    continue;
                }
                String single = to - from == 1 ? s.word(from).toLowerCase(Locale.ROOT) : null;
                if (single != null && CALENDAR.contains(single) || onlyNationality(s, from, to)) {
                    // "Tuesday" or "June" at the head of a line looks like a name to a tagger, and "Russian" like an
                    // organisation; dates and nationalities have their own rules, which know their public uses.
                    i = to;
                    continue;
                }
                EntityType et = singleWordPlace(s, from, to) ? EntityType.LOCATION : EnglishNer.entityType(type);
                IdentifierKind kind = et == EntityType.PERSON ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
                out.add(new Mention(s.start(from), s.end(to - 1), et, kind, 0.85, name(), Specificity.STATISTICAL));
                i = to;
            }
        }
        return out;
    }

    /**
     * Latin and Cyrillic words of the sentence (the tagger takes sentences with a Latin word and no more
     * Cyrillic words than Latin ones), not counting quoted speech (three words or more in quotation marks): a quotation in another language ("Natalia Orlova said:
     * «…»") leaves the sentence English, while a quoted name («Газпром», "Google") counts as it stands.
     */
    private static int[] scriptCounts(EnglishSentence s) {
        int[] counts = new int[2];
        int[] quote = new int[2];
        boolean quoted = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            boolean opens = w.equals("«") || w.equals("“") || w.equals("\"") && !quoted;
            boolean closes = w.equals("»") || w.equals("”") || w.equals("\"") && quoted;
            if (closes && quoted) {
                if (quote[0] + quote[1] < 3) {
                    counts[0] += quote[0];
                    counts[1] += quote[1];
                }
                quote = new int[2];
                quoted = false;
            } else if (opens) {
                quoted = true;
            } else if (Character.isLetter(w.charAt(0))) {
                Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
                int k = script == Character.UnicodeScript.LATIN ? 0 : script == Character.UnicodeScript.CYRILLIC ? 1 : -1;
                if (k >= 0) {
                    (quoted ? quote : counts)[k]++;
                }
            }
        }
        if (quoted && quote[0] + quote[1] < 3) {
            counts[0] += quote[0];
            counts[1] += quote[1];
        }
        return counts;
    }

    private static boolean anyCyrillic(EnglishSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(s.word(i).codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
