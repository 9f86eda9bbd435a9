package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.publics.PublicNamesRecognizer;
import org.veil.core.recognize.en.EnglishNerRecognizer;
import org.veil.core.recognize.ner.CrfNameRecognizer;
import org.veil.core.recognize.ner.NameShapeRecognizers;
import org.veil.core.recognize.ner.OrganisationShapeRecognizer;
import org.veil.core.recognize.ner.PlaceShapeRecognizer;
import org.veil.core.recognize.pattern.PatternRecognizers;
import org.veil.core.recognize.quasi.QuasiRecognizers;
import org.veil.core.recognize.ru.RussianNerRecognizer;
import org.veil.core.recognize.ru.RussianRecognizers;
import org.veil.core.recognize.temporal.DateTimeRecognizer;

/** The one place that lists which recognizers run, per language. */
public final class RecognizerRegistry {
    private RecognizerRegistry() {
    }

    /** Which model finds English persons, places and organisations. */
    public enum EnglishNames {
        /** The averaged-perceptron tagger distilled from the CRF: the default, fast to load and to run. */
        TAGGER,
        /** Stanford's CRF, the old path: {@code -Dveil.englishNer=crf}, and the comparison in benchmarks. */
        CRF;

        /** The choice of the {@code veil.englishNer} system property ("crf" for the old path), else the tagger. */
        public static EnglishNames configured() {
            return "crf".equalsIgnoreCase(System.getProperty("veil.englishNer", "")) ? CRF : TAGGER;
        }

        Recognizer onDemand() {
            return this == CRF
                    ? new OnDemandRecognizer("crf-ner", CrfNameRecognizer::tags, CrfNameRecognizer::shared)
                    : new OnDemandRecognizer("en-ner", EnglishNerRecognizer::tags, EnglishNerRecognizer::shared);
        }

        /** The process-wide recognizer, loaded now if it was not yet. */
        public Recognizer loaded() {
            return this == CRF ? CrfNameRecognizer.shared() : EnglishNerRecognizer.shared();
        }
    }

    /**
     * Every built-in recognizer, with the bundled Russian tagger when the build has one. Both statistical
     * taggers load on the first text that needs them (Latin letters for the English one, Cyrillic for the
     * Russian one), so a start-up on a text in one script never pays for the other model.
     */
    public static List<Recognizer> english() {
        return english(EnglishNames.configured());
    }

    /** As {@link #english()}, with the given English name model. */
    public static List<Recognizer> english(EnglishNames names) {
        boolean russianBundled = RussianNerRecognizer.class.getResource(RussianNerRecognizer.MODEL) != null;
        return all(russianBundled ? new OnDemandRecognizer("ru-ner", Scripts::hasCyrillic,
                () -> RussianNerRecognizer.bundled().orElseThrow()) : null,
                names.onDemand());
    }

    /**
     * Every built-in recognizer, with {@code russianNer} (may be null) as the Russian tagger; the English model
     * is loaded now.
     */
    public static List<Recognizer> with(Recognizer russianNer) {
        return all(russianNer, EnglishNames.configured().loaded());
    }

    /**
     * Every built-in recognizer except the two statistical taggers: the rules, patterns and lists alone. For
     * measuring the rest of the pipeline apart from the taggers, and for checking that its output stays the
     * same when it is made faster.
     */
    public static List<Recognizer> withoutTaggers() {
        return all(null, null);
    }

    private static List<Recognizer> all(Recognizer russianNer, Recognizer englishNer) {
        List<Recognizer> all = new ArrayList<>();
        if (russianNer != null) {
            all.add(russianNer);
        }
        if (englishNer != null) {
            all.add(englishNer);
        }
        all.add(OrganisationShapeRecognizer.create());
        all.add(PlaceShapeRecognizer.create());
        all.add(NameShapeRecognizers.titledName());
        all.add(NameShapeRecognizers.acronym());
        all.add(new PublicNamesRecognizer());
        all.addAll(PatternRecognizers.all());
        all.add(new DateTimeRecognizer());
        all.addAll(QuasiRecognizers.all());
        // Russian identifiers key on Cyrillic words, so they also serve mixed texts at no cost to English.
        all.addAll(RussianRecognizers.all());
        return all;
    }
}
