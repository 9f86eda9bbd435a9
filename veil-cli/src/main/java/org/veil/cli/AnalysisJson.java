package org.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.veil.core.model.Analysis;
import org.veil.core.model.Entity;
import org.veil.core.model.Span;

/** The JSON form of an analysis, for programs. */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    static String write(Analysis a) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(a)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode tree(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", a.document().id());
        root.put("language", a.document().language());
        root.put("offsets", "unicode-code-points");
        ArrayNode spans = root.putArray("spans");
        for (Span s : a.spans()) {
            spans.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text())
                    .put("type", s.type().name()).put("kind", s.kind().name())
                    .put("confidence", Math.round(s.confidence() * 100) / 100.0).put("recognizer", s.recognizer())
                    .put("entity", s.entityId());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : a.entities()) {
            entities.addObject().put("id", e.id()).put("type", e.type().name()).put("kind", e.kind().name())
                    .put("canonical", e.canonical()).put("mentions", e.mentions().size());
        }
        return root;
    }
}
