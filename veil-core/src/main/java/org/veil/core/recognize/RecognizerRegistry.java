package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.publics.PublicNamesRecognizer;
import org.veil.core.recognize.ner.CrfNameRecognizer;
import org.veil.core.recognize.ner.NameShapeRecognizers;
import org.veil.core.recognize.ner.OrganisationShapeRecognizer;
import org.veil.core.recognize.pattern.PatternRecognizers;
import org.veil.core.recognize.quasi.QuasiRecognizers;
import org.veil.core.recognize.ru.RussianNerRecognizer;
import org.veil.core.recognize.ru.RussianRecognizers;
import org.veil.core.recognize.temporal.DateTimeRecognizer;

/** The one place that lists which recognizers run, per language. */
public final class RecognizerRegistry {
    private RecognizerRegistry() {
    }

    /** Every built-in recognizer, with the bundled Russian tagger when the build has one. */
    public static List<Recognizer> english() {
        return with(RussianNerRecognizer.bundled().orElse(null));
    }

    /** Every built-in recognizer, with {@code russianNer} (may be null) as the Russian tagger. */
    public static List<Recognizer> with(Recognizer russianNer) {
        List<Recognizer> all = new ArrayList<>();
        if (russianNer != null) {
            all.add(russianNer);
        }
        all.add(CrfNameRecognizer.shared());
        all.add(OrganisationShapeRecognizer.create());
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
