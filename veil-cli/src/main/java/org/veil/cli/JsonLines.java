package org.veil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.veil.cli.OrderedPipeline.ItemRefused;
import org.veil.cli.OrderedPipeline.Step;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.io.InputRejected;
import org.veil.core.io.TextInput;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import picocli.CommandLine;

/**
 * {@code --jsonl}: one JSON document per line on standard input ({@code {"id":…, "text":…}}), one result per
 * line on standard output, in the same order. A bad line gives {@code {"id":…, "error":"…"}} and the rest go on.
 */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One input line, as bytes: each is decoded on its own, so one bad line does not stop the stream. */
    record Line(int number, byte[] bytes) {
    }

    private record Doc(JsonNode id, Analysis analysis) {
    }

    private record Replaced(JsonNode id, Anonymized anonymized, Document source) {
    }

    private JsonLines() {
    }

    /** Detect: {@code {"id", "spans":[…], "entities":[…]}} as in {@code veil text detect}'s JSON. */
    static int detect(Analyzer analyzer, String lang, int threads, CommandLine cl) {
        return run(analyzer, lang, threads, cl, (line, doc) -> doc, (line, doc) -> {
            ObjectNode full = AnalysisJson.tree(doc.analysis());
            ObjectNode out = withId(doc.id());
            out.set("spans", full.get("spans"));
            out.set("entities", full.get("entities"));
            return out;
        });
    }

    /** Anonymize through one store for the whole stream: {@code {"id", "text", "risk"}}. */
    static int anonymize(Analyzer analyzer, DocumentReplacer replacer, String lang, int threads, CommandLine cl) {
        return run(analyzer, lang, threads, cl,
                (line, doc) -> replacer.replace(doc.analysis(),
                        a -> new Replaced(doc.id(), a, doc.analysis().document())),
                (line, r) -> {
                    ObjectNode out = withId(r.id());
                    out.put("text", r.anonymized().text());
                    out.put("risk", replacer.publisher().verify(r.anonymized(), r.source()).risk().level().name());
                    return out;
                });
    }

    private static <B> int run(Analyzer analyzer, String lang, int threads, CommandLine cl,
                               Step<Line, Doc, B> inOrder, Step<Line, B, ObjectNode> result) {
        PrintWriter out = cl.getOut();
        BatchProgress progress = new BatchProgress(cl.getErr(), "lines", -1, 0);
        TextInput decoder = new TextInput();
        new OrderedPipeline<Line, Doc, B, ObjectNode>(threads, (line, same) -> parse(decoder, analyzer, lang, line),
                inOrder, result, (line, node, refusal) -> {
                    ObjectNode written = node;
                    if (written == null) {
                        written = withId(idOf(line));
                        written.put("error", refusal);
                    }
                    out.println(written.toString());
                    out.flush();
                    progress.done(line.bytes().length, node != null);
                }).run(lines(System.in));
        progress.summary();
        return progress.refused() == 0 ? 0 : ScrubCommand.SOME_REFUSED;
    }

    private static Doc parse(TextInput decoder, Analyzer analyzer, String lang, Line line) throws ItemRefused {
        String name = "line " + line.number();
        JsonNode node;
        try {
            node = MAPPER.readTree(decoder.decode(line.bytes(), name));
        } catch (InputRejected e) {
            throw new ItemRefused(e.getMessage());
        } catch (JsonProcessingException e) {
            throw new ItemRefused(name + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            throw new ItemRefused(name + " has no \"text\" string; each line must be {\"id\":…, \"text\":…}");
        }
        String text = node.get("text").asText();
        JsonNode id = node.get("id");
        String docId = id == null || id.isNull() ? name : id.isTextual() ? id.asText() : id.toString();
        return new Doc(id, analyzer.analyze(new Document(docId, text, Inputs.language(lang, text))));
    }

    /** The id of a refused line when it can still be read, for the error record; null otherwise. */
    private static JsonNode idOf(Line line) {
        try {
            JsonNode node = MAPPER.readTree(line.bytes());
            return node != null && node.isObject() ? node.get("id") : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode withId(JsonNode id) {
        ObjectNode out = MAPPER.createObjectNode();
        out.set("id", id == null ? NullNode.getInstance() : id);
        return out;
    }

    /** The non-blank lines of a stream, numbered from 1 (blank lines count in the numbering). */
    static Iterator<Line> lines(InputStream stream) {
        InputStream in = new java.io.BufferedInputStream(stream);
        return new Iterator<>() {
            private int number;
            private Line next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        int b = in.read();
                        if (b < 0) {
                            return false;
                        }
                        while (b >= 0 && b != '\n') {
                            // Past the limit one more byte is enough for the line to be refused as too large.
                            if (buf.size() <= TextInput.DEFAULT_MAX_BYTES) {
                                buf.write(b);
                            }
                            b = in.read();
                        }
                        number++;
                        byte[] bytes = buf.toByteArray();
                        if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                            next = new Line(number, bytes);
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Line l = next;
                next = null;
                return l;
            }
        };
    }
}
