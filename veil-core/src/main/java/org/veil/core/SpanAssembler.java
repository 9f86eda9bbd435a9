package org.veil.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Span;
import org.veil.core.recognize.Mention;

/** Turns raw mentions into code-point spans (placeholder until linking and overlap land). */
final class SpanAssembler {
    private SpanAssembler() {
    }

    static Analysis assemble(Document document, List<Mention> mentions) {
        String text = document.text();
        List<Span> spans = new ArrayList<>();
        for (Mention m : mentions) {
            int s = text.codePointCount(0, m.start());
            int e = s + text.codePointCount(m.start(), m.end());
            spans.add(new Span(s, e, m.text(text), m.type(), m.kind(), m.confidence(), m.recognizer(), null));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return new Analysis(document, spans, List.of());
    }
}
