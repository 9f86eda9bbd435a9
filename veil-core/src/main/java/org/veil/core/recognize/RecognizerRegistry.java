package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.publics.PublicNamesRecognizer;
import org.veil.core.recognize.ner.CrfNameRecognizer;

/** The one place that lists which recognizers run, per language. */
public final class RecognizerRegistry {
    private RecognizerRegistry() {
    }

    public static List<Recognizer> english() {
        List<Recognizer> all = new ArrayList<>();
        all.add(CrfNameRecognizer.shared());
        all.add(new PublicNamesRecognizer());
        return all;
    }
}
