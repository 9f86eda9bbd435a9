package org.veil.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.link.LinkedMention;
import org.veil.core.model.Analysis;
import org.veil.core.model.CodePointIndex;
import org.veil.core.model.Document;
import org.veil.core.model.Entity;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;
import org.veil.core.recognize.Mention;

/**
 * Builds the published result: merges adjacent mentions of one entity, gives every entity one kind
 * (NONE if any mention was recognised as public, else the strongest), numbers entities in order of first
 * appearance and converts offsets to code points.
 */
final class SpanAssembler {
    private SpanAssembler() {
    }

    static Analysis assemble(Document document, List<LinkedMention> linked) {
        String text = document.text();
        List<LinkedMention> merged = mergeAdjacent(text, linked);
        Map<Integer, IdentifierKind> kindOf = new LinkedHashMap<>();
        for (LinkedMention lm : merged) {
            kindOf.merge(lm.entity(), lm.mention().kind(), SpanAssembler::stronger);
        }
        Map<Integer, String> ids = new LinkedHashMap<>();
        CodePointIndex index = new CodePointIndex(text);
        List<Span> spans = new ArrayList<>();
        Map<String, List<Span>> byEntity = new LinkedHashMap<>();
        for (LinkedMention lm : merged) {
            Mention m = lm.mention();
            String id = ids.computeIfAbsent(lm.entity(), k -> "E" + (ids.size() + 1));
            Span s = new Span(index.toCodePoint(m.start()), index.toCodePoint(m.end()), m.text(text), m.type(),
                    kindOf.get(lm.entity()), m.confidence(), m.recognizer(), id);
            spans.add(s);
            byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : byEntity.entrySet()) {
            List<Span> ms = e.getValue();
            String canonical = ms.stream().max(Comparator.comparingInt(Span::length)).orElseThrow().text();
            entities.add(new Entity(e.getKey(), ms.get(0).type(), ms.get(0).kind(), canonical, ms));
        }
        return new Analysis(document, spans, entities);
    }

    private static IdentifierKind stronger(IdentifierKind a, IdentifierKind b) {
        if (a == IdentifierKind.NONE || b == IdentifierKind.NONE) {
            return IdentifierKind.NONE;
        }
        return a == IdentifierKind.DIRECT || b == IdentifierKind.DIRECT ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
    }

    /** Mentions of one entity separated only by spaces become one span ("Galip" + "Yalman"). */
    private static List<LinkedMention> mergeAdjacent(String text, List<LinkedMention> sorted) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention lm : sorted) {
            if (!out.isEmpty()) {
                LinkedMention last = out.get(out.size() - 1);
                Mention a = last.mention();
                Mention b = lm.mention();
                if (last.entity() == lm.entity() && a.end() <= b.start()
                        && text.substring(a.end(), b.start()).isBlank()) {
                    out.set(out.size() - 1, new LinkedMention(a.withBounds(a.start(), b.end()), last.entity()));
                    continue;
                }
            }
            out.add(lm);
        }
        return out;
    }
}
