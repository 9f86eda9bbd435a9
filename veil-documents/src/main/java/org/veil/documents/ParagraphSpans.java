package org.veil.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.Analysis;
import org.veil.core.model.Span;

/**
 * A mention never crosses a paragraph of a document. The name tagger can join the end of one paragraph to the
 * start of the next ("Marina Sokolova" + a heading "Interview"); written back as one replacement, that would
 * empty the second paragraph. Such a span is cut at each blank line into mentions of the same entity, so each
 * paragraph gets its own replacement.
 */
final class ParagraphSpans {
    private static final Pattern BLANK_LINE = Pattern.compile("[ \\t\\r]*\\n[ \\t\\r]*\\n\\s*");

    private ParagraphSpans() {
    }

    static Analysis split(Analysis analysis) {
        boolean any = analysis.spans().stream().anyMatch(s -> BLANK_LINE.matcher(s.text()).find());
        if (!any) {
            return analysis;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : analysis.spans()) {
            Matcher m = BLANK_LINE.matcher(s.text());
            int from = 0;
            while (true) {
                boolean found = m.find();
                int to = found ? m.start() : s.text().length();
                add(out, s, from, to);
                if (!found) {
                    break;
                }
                from = m.end();
            }
        }
        return new Analysis(analysis.document(), out, analysis.entities());
    }

    /** The part {@code [from, to)} (chars of the span's text), trimmed, as a span of the same entity. */
    private static void add(List<Span> out, Span s, int from, int to) {
        String text = s.text();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        int start = s.start() + text.codePointCount(0, from);
        int end = start + text.codePointCount(from, to);
        out.add(new Span(start, end, text.substring(from, to), s.type(), s.kind(), s.confidence(), s.recognizer(),
                s.entityId()));
    }
}
