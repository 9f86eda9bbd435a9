package org.veil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.OptionalInt;
import org.veil.files.FileType;

/**
 * What {@code veil scrub} says about each file: one line per file and a count (text), or one JSON array printed at
 * the end ({@code --json}). Text escapes control characters in names and reasons; JSON leaves that to Jackson.
 */
final class ScrubReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter to;
    private final ArrayNode json;
    private int cleaned;
    private int refused;

    /** @param json print one JSON array at {@link #finish} instead of lines */
    ScrubReport(PrintWriter to, boolean json) {
        this.to = to;
        this.json = json ? MAPPER.createArrayNode() : null;
    }

    /** @param fields the number of metadata fields removed, when known */
    void cleaned(String input, String output, FileType type, OptionalInt fields) {
        cleaned++;
        if (json != null) {
            ObjectNode o = entry(input, "cleaned").put("output", output).put("type", type.name());
            fields.ifPresent(n -> o.put("fields_removed", n));
            return;
        }
        String count = fields.isPresent() ? ", " + fields.getAsInt() + " field" + (fields.getAsInt() == 1 ? "" : "s")
                + " removed" : "";
        to.printf("cleaned  %s -> %s (%s%s)%n", Names.shown(input), Names.shown(output), type, count);
    }

    void refused(String input, String reason) {
        refused++;
        if (json != null) {
            entry(input, "refused").put("reason", reason);
            return;
        }
        to.printf("refused  %s: %s%n", Names.shown(input), Names.shown(reason));
    }

    /** Prints the count or the JSON document; the exit code follows the convention of {@link ScrubCommand}. */
    int finish() {
        if (json != null) {
            to.print(pretty(json));
        } else {
            to.printf("%d cleaned, %d refused%n", cleaned, refused);
        }
        to.flush();
        return refused == 0 ? 0 : ScrubCommand.SOME_REFUSED;
    }

    private ObjectNode entry(String input, String status) {
        return json.addObject().put("input", input).put("status", status);
    }

    /** One pretty-printed JSON document and a newline. */
    static String pretty(Object document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
