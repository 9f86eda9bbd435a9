package org.veil.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Entity;
import org.veil.core.model.Span;

/**
 * An analysis without its document, as text, so pass 1's findings travel to the driver (which decides
 * replacements from the spans alone) and on to pass 2 (which puts them back on the document).
 */
final class AnalysisCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Sheet(List<Span> spans, List<Entity> entities) {
    }

    private AnalysisCodec() {
    }

    static String encode(Analysis analysis) {
        try {
            return JSON.writeValueAsString(new Sheet(analysis.spans(), analysis.entities()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis could not be encoded", e);
        }
    }

    static Analysis decode(Document document, String encoded) {
        try {
            Sheet s = JSON.readValue(encoded, Sheet.class);
            return new Analysis(document, s.spans(), s.entities());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis could not be decoded", e);
        }
    }
}
