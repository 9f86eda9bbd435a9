package org.veil.core;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.RecognizerRegistry;

/**
 * Analyze step: runs every registered recognizer, links mentions into entities and resolves overlaps.
 * Thread-safe; build once (models load in the constructor) and reuse.
 */
public final class Analyzer {
    private final List<Recognizer> recognizers;

    public Analyzer(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** The default English analyzer with every built-in recognizer. */
    public static Analyzer english() {
        return new Analyzer(RecognizerRegistry.english());
    }

    public Analysis analyze(Document document) {
        String text = document.text();
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            mentions.addAll(r.recognize(text));
        }
        return SpanAssembler.assemble(document, mentions);
    }
}
