package org.veil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Entity;
import org.veil.core.model.Span;
import org.veil.core.recognize.RecognizerRegistry;

/**
 * The pipeline without its two statistical taggers (patterns, lists, public context, overlaps, linking) gives
 * exactly the spans and entities it gave before it was made faster (issue 13), recorded in
 * {@code equivalence/spans.txt} by the code of that time. The texts hold the cases the speed-ups had to keep:
 * phone numbers with extensions in both scripts, codes and application numbers next to dates, dates inside
 * words, ages next to names. The taggers are left out so that a new tagger model does not change the record.
 * To re-record after a deliberate change of output, print {@link #render} of every text.
 */
class RulesOutputUnchangedTest {
    private static final String SEPARATOR = "\n===== next text =====\n";

    @Test
    void spansAndEntitiesAreThoseRecorded() throws IOException {
        Analyzer analyzer = new Analyzer(RecognizerRegistry.withoutTaggers());
        StringBuilder actual = new StringBuilder();
        for (String text : resource("texts.txt").split(SEPARATOR)) {
            actual.append(render(analyzer.analyze(Document.of(text))));
        }
        String expected = resource("spans.txt");
        // Line by line, so that a failure names the first span that changed.
        String[] want = expected.split("\n");
        String[] got = actual.toString().split("\n");
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            assertEquals(want[i], got[i], "line " + (i + 1) + " of the recorded output");
        }
        assertEquals(want.length, got.length, "number of recorded lines");
    }

    static String render(Analysis a) {
        StringBuilder sb = new StringBuilder("text\n");
        for (Span s : a.spans()) {
            sb.append(String.join("\t", "" + s.start(), "" + s.end(), s.type().name(), s.kind().name(),
                    s.recognizer(), s.entityId(), "" + s.confidence(), s.text().replace("\n", "\\n"))).append('\n');
        }
        for (Entity e : a.entities()) {
            sb.append(String.join("\t", "entity", e.id(), e.type().name(), e.kind().name(),
                    e.canonical().replace("\n", "\\n"), "" + e.mentions().size())).append('\n');
        }
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RulesOutputUnchangedTest.class.getResourceAsStream("equivalence/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
