package org.veil.core;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.io.DetectionView;
import org.veil.core.link.EntityLinker;
import org.veil.core.link.LinkedMention;
import org.veil.core.link.Propagator;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.publics.PublicContext;
import org.veil.core.publics.PublicEntities;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.RecognizerRegistry;
import org.veil.core.resolve.OverlapResolver;
import org.veil.core.resolve.PersonTitles;
import org.veil.core.resolve.TypeArbiter;

/**
 * Analyze step: runs every registered recognizer, marks public figures, institutions and public context
 * (countries in news roles, durations, languages, generic roles), resolves overlaps, links mentions into
 * entities and flags every further occurrence of a known entity; a place that is anyone's whereabouts stays
 * masked everywhere.
 * Thread-safe; build once (models load in the constructor) and reuse.
 */
public final class Analyzer {
    private final List<Recognizer> recognizers;
    private final PublicEntities publics;
    private final PublicContext context;

    public Analyzer(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
        this.publics = PublicEntities.load();
        this.context = PublicContext.load();
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
        DetectionView view = DetectionView.of(text);
        String seen = view.text();
        String flat = unwrapLines(seen);
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            for (Mention m : r.recognize(flat)) {
                mentions.add(PersonTitles.extend(seen, context.classify(flat, publics.classify(seen, m))));
            }
        }
        List<Mention> resolved = OverlapResolver.resolve(flat, TypeArbiter.retype(flat, mentions));
        List<LinkedMention> linked = context.settle(flat,
                Propagator.propagate(flat, EntityLinker.link(flat, resolved)));
        return SpanAssembler.assemble(document, view.sameOffsets() ? linked : toOriginal(view, linked));
    }

    /** Offsets found in the detection view, moved back onto the original text (which may hold hidden characters). */
    private static List<LinkedMention> toOriginal(DetectionView view, List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            out.add(new LinkedMention(m.withBounds(view.originalStart(m.start()), view.originalEnd(m.end())),
                    lm.entity()));
        }
        return out;
    }
}
