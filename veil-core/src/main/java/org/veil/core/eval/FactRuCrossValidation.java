package org.veil.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.model.Span;
import org.veil.core.recognize.RecognizerRegistry;
import org.veil.core.recognize.ru.RussianNer;
import org.veil.core.recognize.ru.RussianNerRecognizer;

/**
 * k-fold cross-validation of the full analyzer on factRuEval documents: each fold is tagged by a Russian
 * model trained on the other folds only, so no figure comes from a model that saw its test text.
 *
 * <p>The devset names no source per document. Its ids were handed out in collection order, so neighbouring
 * ids share a period, an outlet and its stories (a chess series, a space-station series); {@link Split#SOURCE}
 * therefore cuts the documents, sorted by numeric id, into contiguous blocks, and no story is split across
 * training and test. {@link Split#INDEX} (every k-th document) is kept for comparison: it is the easier,
 * leakier split.
 */
public final class FactRuCrossValidation {
    private FactRuCrossValidation() {
    }

    /** How documents are assigned to folds. */
    public enum Split {
        SOURCE, INDEX
    }

    /** Scores over all folds and per fold, and the time spent analysing (seconds) over {@code chars} characters. */
    public record Result(FactRuScorer scorer, List<Fold> folds, double seconds, long chars) {
    }

    /** One held-out fold: its first and last document ids and its scores. */
    public record Fold(String first, String last, int documents, FactRuScorer scorer) {
    }

    public static Result run(List<FactRuDocument> docs, int folds, int epochs) {
        return run(docs, folds, epochs, Split.SOURCE);
    }

    public static Result run(List<FactRuDocument> docs, int folds, int epochs, Split split) {
        FactRuScorer scorer = new FactRuScorer();
        List<Fold> perFold = new ArrayList<>();
        long chars = 0;
        double seconds = 0;
        for (List<FactRuDocument> test : folds(docs, folds, split)) {
            List<FactRuDocument> train = new ArrayList<>(docs);
            train.removeAll(test);
            Analyzer analyzer = new Analyzer(RecognizerRegistry.with(
                    new RussianNerRecognizer(RussianNer.train(train, epochs))));
            FactRuScorer foldScorer = new FactRuScorer();
            for (FactRuDocument d : test) {
                long t0 = System.nanoTime();
                List<Span> spans = analyzer.analyze(new Document(d.id(), d.text(), "ru")).spans();
                seconds += (System.nanoTime() - t0) / 1e9;
                chars += d.text().length();
                scorer.add(d, predicted(spans));
                foldScorer.add(d, predicted(spans));
            }
            perFold.add(new Fold(test.get(0).id(), test.get(test.size() - 1).id(), test.size(), foldScorer));
        }
        return new Result(scorer, perFold, seconds, chars);
    }

    /** The test documents of each fold. */
    public static List<List<FactRuDocument>> folds(List<FactRuDocument> docs, int folds, Split split) {
        List<List<FactRuDocument>> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            out.add(new ArrayList<>());
        }
        if (split == Split.INDEX) {
            for (int i = 0; i < docs.size(); i++) {
                out.get(i % folds).add(docs.get(i));
            }
            return out;
        }
        List<FactRuDocument> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparingLong(FactRuCrossValidation::numericId).thenComparing(FactRuDocument::id));
        for (int i = 0; i < sorted.size(); i++) {
            out.get((int) ((long) i * folds / sorted.size())).add(sorted.get(i));
        }
        return out;
    }

    /** "book_147" → 147; ids without digits sort first. */
    static long numericId(FactRuDocument d) {
        String digits = d.id().replaceAll("\\D+", "");
        return digits.isEmpty() || digits.length() > 18 ? -1 : Long.parseLong(digits);
    }

    private static List<FactRuScorer.Predicted> predicted(List<Span> spans) {
        List<FactRuScorer.Predicted> out = new ArrayList<>();
        for (Span s : spans) {
            String t = switch (s.type()) {
                case PERSON -> "PER";
                case LOCATION -> "LOC";
                case ORGANIZATION -> "ORG";
                default -> s.type().name();
            };
            out.add(new FactRuScorer.Predicted(t, s.start(), s.end()));
        }
        return out;
    }
}
