package org.veil.core;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.link.EntityLinker;
import org.veil.core.link.LinkedMention;
import org.veil.core.link.Propagator;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.publics.PublicEntities;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.RecognizerRegistry;
import org.veil.core.resolve.OverlapResolver;
import org.veil.core.resolve.PersonTitles;

/**
 * Analyze step: runs every registered recognizer, marks public figures and institutions, resolves overlaps,
 * links mentions into entities and flags every further occurrence of a known entity.
 * Thread-safe; build once (models load in the constructor) and reuse.
 */
public final class Analyzer {
    private final List<Recognizer> recognizers;
    private final PublicEntities publics;

    public Analyzer(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
        this.publics = PublicEntities.load();
    }

    /** The default English analyzer with every built-in recognizer. */
    public static Analyzer english() {
        return new Analyzer(RecognizerRegistry.english());
    }

    public Analysis analyze(Document document) {
        String text = document.text();
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            for (Mention m : r.recognize(text)) {
                mentions.add(PersonTitles.extend(text, publics.classify(text, m)));
            }
        }
        List<Mention> resolved = OverlapResolver.resolve(text, mentions);
        List<LinkedMention> linked = Propagator.propagate(text, EntityLinker.link(text, resolved));
        return SpanAssembler.assemble(document, linked);
    }
}
