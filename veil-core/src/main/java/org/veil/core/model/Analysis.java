package org.veil.core.model;

import java.util.List;

/** What the analyzer found in one document: spans in text order and the entities they belong to. */
public record Analysis(Document document, List<Span> spans, List<Entity> entities) {
    public Analysis {
        spans = List.copyOf(spans);
        entities = List.copyOf(entities);
    }

    /** Spans that a masking policy would replace (kind DIRECT or QUASI). */
    public List<Span> maskable() {
        return spans.stream().filter(s -> s.kind().masked()).toList();
    }
}
