package org.veil.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Span;

/** Runs an analyzer over TAB documents and scores it, next to the capitalised-word baseline. */
public final class TabEvaluation {
    private TabEvaluation() {
    }

    /**
     * @param masks per document id, every DIRECT or QUASI span as [start, end) in code points
     * @param seconds wall time of analysis alone (no scoring)
     */
    public record Result(TabScore veil, TabScore baseline, Map<String, List<int[]>> masks, double seconds,
                         long utf8Bytes) {
        public double kilobytesPerSecond() {
            return utf8Bytes / 1024.0 / seconds;
        }
    }

    public static Result run(List<TabDocument> docs, Analyzer analyzer) {
        TabScorer veil = new TabScorer();
        TabScorer baseline = new TabScorer();
        Map<String, List<int[]>> masks = new LinkedHashMap<>();
        long nanos = 0;
        long bytes = 0;
        for (TabDocument doc : docs) {
            long t0 = System.nanoTime();
            Analysis a = analyzer.analyze(new Document(doc.id(), doc.text(), "en"));
            nanos += System.nanoTime() - t0;
            bytes += doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            List<int[]> m = new ArrayList<>();
            for (Span s : a.maskable()) {
                m.add(new int[] {s.start(), s.end()});
            }
            masks.put(doc.id(), m);
            veil.add(doc, m);
            baseline.add(doc, CapitalisedBaseline.masks(doc.text()));
        }
        return new Result(veil.score(), baseline.score(), masks, nanos / 1e9, bytes);
    }
}
