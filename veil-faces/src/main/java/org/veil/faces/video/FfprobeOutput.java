package org.veil.faces.video;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ffprobe's default output format: top-level {@code [STREAM]}, {@code [FORMAT]}, {@code [CHAPTER]} blocks of
 * key=value lines. Nested blocks (side data) fold into the block around them; tags appear as {@code TAG:key}.
 */
final class FfprobeOutput {
    record Section(String name, Map<String, String> fields) {
    }

    private FfprobeOutput() {
    }

    static List<Section> parse(String text) {
        List<Section> out = new ArrayList<>();
        Section current = null;
        int depth = 0;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("[/") && line.endsWith("]")) {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    current = null;
                }
            } else if (line.startsWith("[") && line.endsWith("]")) {
                if (depth == 0) {
                    current = new Section(line.substring(1, line.length() - 1), new LinkedHashMap<>());
                    out.add(current);
                }
                depth++;
            } else if (current != null && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.fields().putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }
}
