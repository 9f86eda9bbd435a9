package org.veil.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the TAB JSON format: an array of {doc_id, text, annotations: {annotator: {entity_mentions}}}. */
public final class TabCorpus {
    private TabCorpus() {
    }

    public static List<TabDocument> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a TAB file: expected a JSON array of documents");
        }
        List<TabDocument> docs = new ArrayList<>();
        for (JsonNode d : root) {
            if (!d.hasNonNull("text") || !d.hasNonNull("doc_id")) {
                throw new IOException(file + ": a document lacks doc_id or text");
            }
            Map<String, List<TabMention>> byAnnotator = new LinkedHashMap<>();
            JsonNode annotations = d.path("annotations");
            annotations.fieldNames().forEachRemaining(name -> {
                List<TabMention> ms = new ArrayList<>();
                for (JsonNode m : annotations.path(name).path("entity_mentions")) {
                    ms.add(new TabMention(m.path("start_offset").asInt(), m.path("end_offset").asInt(),
                            m.path("entity_type").asText(), m.path("identifier_type").asText(),
                            m.path("entity_id").asText()));
                }
                byAnnotator.put(name, ms);
            });
            docs.add(new TabDocument(d.get("doc_id").asText(), d.get("text").asText(), byAnnotator));
        }
        return docs;
    }
}
