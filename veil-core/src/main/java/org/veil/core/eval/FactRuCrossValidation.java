package org.veil.core.eval;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.model.Span;
import org.veil.core.recognize.RecognizerRegistry;
import org.veil.core.recognize.ru.RussianNer;
import org.veil.core.recognize.ru.RussianNerRecognizer;

/**
 * k-fold cross-validation of the full analyzer on factRuEval documents: each fold is tagged by a Russian
 * model trained on the other folds only, so no figure comes from a model that saw its test text.
 */
public final class FactRuCrossValidation {
    private FactRuCrossValidation() {
    }

    /** Scores and the time spent analysing (seconds) over {@code chars} characters. */
    public record Result(FactRuScorer scorer, double seconds, long chars) {
    }

    public static Result run(List<FactRuDocument> docs, int folds, int epochs) {
        FactRuScorer scorer = new FactRuScorer();
        long chars = 0;
        double seconds = 0;
        for (int f = 0; f < folds; f++) {
            List<FactRuDocument> train = new ArrayList<>();
            List<FactRuDocument> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % folds == f ? test : train).add(docs.get(i));
            }
            Analyzer analyzer = new Analyzer(RecognizerRegistry.with(
                    new RussianNerRecognizer(RussianNer.train(train, epochs))));
            for (FactRuDocument d : test) {
                long t0 = System.nanoTime();
                List<Span> spans = analyzer.analyze(new Document(d.id(), d.text(), "ru")).spans();
                seconds += (System.nanoTime() - t0) / 1e9;
                chars += d.text().length();
                scorer.add(d, typed(spans));
            }
        }
        return new Result(scorer, seconds, chars);
    }

    private static List<Map.Entry<String, int[]>> typed(List<Span> spans) {
        List<Map.Entry<String, int[]>> out = new ArrayList<>();
        for (Span s : spans) {
            String t = switch (s.type()) {
                case PERSON -> "PER";
                case LOCATION -> "LOC";
                case ORGANIZATION -> "ORG";
                default -> null;
            };
            if (t != null) {
                out.add(new AbstractMap.SimpleEntry<>(t, new int[] {s.start(), s.end()}));
            }
        }
        return out;
    }
}
