package org.veil.core.recognize.ru;

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
import org.veil.core.recognize.Scripts;
import org.veil.core.recognize.Specificity;
import org.veil.core.recognize.tagger.PerceptronTagger;

/**
 * Persons, places and organisations in Russian, from the averaged-perceptron tagger trained on
 * factRuEval-2016 (MIT) with {@code veil train ru-ner}. Sentences without Cyrillic are skipped, so English
 * text pays nothing for it.
 */
public final class RussianNerRecognizer implements Recognizer {
    public static final String MODEL = "/org/veil/core/ru/ner-perceptron.bin.gz";
    private static final Pattern LATIN_LOWER = Pattern.compile("[\\p{IsLatin}&&\\p{Ll}]\\p{IsLatin}*");
    private static volatile RussianNerRecognizer shared;

    private final PerceptronTagger<List<Tokens.Token>> tagger;

    public RussianNerRecognizer(PerceptronTagger<List<Tokens.Token>> tagger) {
        this.tagger = tagger;
    }

    /** The bundled model, loaded once; empty if the build has none yet. */
    public static java.util.Optional<RussianNerRecognizer> bundled() {
        if (shared == null) {
            synchronized (RussianNerRecognizer.class) {
                if (shared == null) {
                    try (InputStream raw = RussianNerRecognizer.class.getResourceAsStream(MODEL)) {
                        if (raw == null) {
                            return java.util.Optional.empty();
                        }
                        shared = new RussianNerRecognizer(RussianNer.read(new GZIPInputStream(raw, 1 << 16)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read Russian NER model " + MODEL, e);
                    }
                }
            }
        }
        return java.util.Optional.of(shared);
    }

    @Override
    public String name() {
        return "ru-ner";
    }

    /** Russian news names Latin brands ("Google") too; only lower-case English words betray a wrong guess. */
    private static boolean russianShaped(List<Tokens.Token> tokens) {
        return tokens.stream().noneMatch(t -> LATIN_LOWER.matcher(t.text()).matches());
    }

    public PerceptronTagger<List<Tokens.Token>> tagger() {
        return tagger;
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        if (!Scripts.hasCyrillic(text)) {
            return out;
        }
        List<List<Tokens.Token>> sentences = RussianNer.sentences(Tokens.of(text));
        List<DocumentConsistency.Tagged> tagged = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            if (sentence.stream().noneMatch(t -> Scripts.hasCyrillic(t.text()))) {
                continue;
            }
            List<String> tags = tagger.tag(sentence);
            int i = 0;
            while (i < tags.size()) {
                String tag = tags.get(i);
                if (tag.equals("O")) {
                    i++;
                    continue;
                }
                String type = tag.substring(2);
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + type)) {
                    j++;
                }
                // The model knows Russian only: its guesses on English words in a mixed sentence are noise.
                if (russianShaped(sentence.subList(i, j))) {
                    tagged.add(new DocumentConsistency.Tagged(s, i, j, type));
                }
                i = j;
            }
        }
        for (DocumentConsistency.Tagged t : DocumentConsistency.apply(sentences, tagged)) {
            EntityType et = switch (t.type()) {
                case "PER" -> EntityType.PERSON;
                case "LOC" -> EntityType.LOCATION;
                default -> EntityType.ORGANIZATION;
            };
            IdentifierKind kind = et == EntityType.PERSON ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
            List<Tokens.Token> sentence = sentences.get(t.sentence());
            out.add(new Mention(sentence.get(t.from()).start(), sentence.get(t.to() - 1).end(), et, kind, 0.8, name(),
                    Specificity.STATISTICAL));
        }
        return out;
    }
}
