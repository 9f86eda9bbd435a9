package org.veil.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.veil.core.model.Analysis;
import org.veil.core.model.Entity;
import org.veil.core.model.Span;

/** The JSON form of an analysis, for programs. */
final class AnalysisJson {
    private AnalysisJson() {
    }

    /**
     * The pretty-printed document, written with Jackson's streaming generator: the same text as the tree
     * below printed by an ObjectMapper, without the object mapper's start-up (hundreds of classes) on the path
     * of every {@code text detect}.
     */
    static String write(Analysis a) {
        StringWriter out = new StringWriter();
        write(a, out);
        return out.toString();
    }

    /**
     * Writes the document (and a line break) to {@code out}, which is flushed but left open; a long text's
     * JSON is not held in memory (on 20 MB of text it is about 70 MB of characters, and a string of it
     * several times over while it grows).
     */
    static void write(Analysis a, Writer out) {
        try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("document", a.document().id());
            g.writeStringField("language", a.document().language());
            g.writeStringField("offsets", "unicode-code-points");
            g.writeArrayFieldStart("spans");
            for (Span s : a.spans()) {
                g.writeStartObject();
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("text", s.text());
                g.writeStringField("type", s.type().name());
                g.writeStringField("kind", s.kind().name());
                g.writeNumberField("confidence", rounded(s.confidence()));
                g.writeStringField("recognizer", s.recognizer());
                g.writeStringField("entity", s.entityId());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (Entity e : a.entities()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("type", e.type().name());
                g.writeStringField("kind", e.kind().name());
                g.writeStringField("canonical", e.canonical());
                g.writeNumberField("mentions", e.mentions().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }

    /** The same document as a tree, for callers that add to it (JSON lines). */
    static ObjectNode tree(Analysis a) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("document", a.document().id());
        root.put("language", a.document().language());
        root.put("offsets", "unicode-code-points");
        ArrayNode spans = root.putArray("spans");
        for (Span s : a.spans()) {
            spans.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text())
                    .put("type", s.type().name()).put("kind", s.kind().name())
                    .put("confidence", rounded(s.confidence())).put("recognizer", s.recognizer())
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
