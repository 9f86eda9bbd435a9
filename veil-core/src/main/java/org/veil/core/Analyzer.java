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
import org.veil.core.resolve.TypeArbiter;

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

    /**
     * Hard-wrapped lines ("Air Assault\nBrigade") read as one line: a single line break becomes a space, so
     * phrases can span it while offsets stay the same. Paragraph breaks (blank lines) stay.
     */
    static String unwrapLines(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n' || c[i] == '\r') {
                int j = i;
                while (j < c.length && (c[j] == '\n' || c[j] == '\r')) {
                    j++;
                }
                if (text.substring(i, j).replace("\r", "").length() == 1) {
                    for (int k = i; k < j; k++) {
                        c[k] = ' ';
                    }
                }
                i = j - 1;
            }
        }
        return new String(c);
    }

    public Analysis analyze(Document document) {
        String text = document.text();
        String flat = unwrapLines(text);
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            for (Mention m : r.recognize(flat)) {
                mentions.add(PersonTitles.extend(text, publics.classify(text, m)));
            }
        }
        List<Mention> resolved = OverlapResolver.resolve(flat, TypeArbiter.retype(flat, mentions));
        List<LinkedMention> linked = Propagator.propagate(flat, EntityLinker.link(flat, resolved));
        return SpanAssembler.assemble(document, linked);
    }
}
