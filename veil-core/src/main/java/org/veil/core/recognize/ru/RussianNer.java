package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.eval.FactRuDocument;
import org.veil.core.recognize.tagger.PerceptronTagger;

/** Turning annotated documents into training sentences, and training the Russian tagger. */
public final class RussianNer {
    public static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");

    private RussianNer() {
    }

    /** Reads a model written by {@code veil train ru-ner} (either format). */
    public static PerceptronTagger<List<Tokens.Token>> read(java.io.InputStream in) throws java.io.IOException {
        return PerceptronTagger.read(in, RussianFeatures.EXTRACTOR);
    }

    /** Splits tokens into sentences at the tokenizer's sentence starts. */
    public static List<List<Tokens.Token>> sentences(List<Tokens.Token> tokens) {
        List<List<Tokens.Token>> out = new ArrayList<>();
        List<Tokens.Token> current = new ArrayList<>();
        for (Tokens.Token t : tokens) {
            if (t.sentenceStart() && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** BIO-labelled sentences; where mentions nest ("мэрии Москвы"), the inner one labels its tokens. */
    public static List<PerceptronTagger.Example<List<Tokens.Token>>> training(FactRuDocument doc) {
        List<Tokens.Token> tokens = Tokens.of(doc.text());
        String[] labels = new String[tokens.size()];
        java.util.Arrays.fill(labels, "O");
        List<FactRuDocument.Mention> ms = new ArrayList<>(doc.mentions());
        ms.sort(Comparator.comparingInt((FactRuDocument.Mention m) -> m.end() - m.start()).reversed());
        for (FactRuDocument.Mention m : ms) {
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                Tokens.Token t = tokens.get(i);
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    labels[i] = (first ? "B-" : "I-") + m.type();
                    first = false;
                }
            }
        }
        List<PerceptronTagger.Example<List<Tokens.Token>>> out = new ArrayList<>();
        int k = 0;
        for (List<Tokens.Token> s : sentences(tokens)) {
            List<String> gold = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                gold.add(labels[k++]);
            }
            out.add(new PerceptronTagger.Example<>(s, gold));
        }
        return out;
    }

    public static PerceptronTagger<List<Tokens.Token>> train(List<FactRuDocument> docs, int epochs) {
        List<PerceptronTagger.Example<List<Tokens.Token>>> data = new ArrayList<>();
        docs.forEach(d -> data.addAll(training(d)));
        return PerceptronTagger.train(data, LABELS, RussianFeatures.EXTRACTOR, epochs, 42);
    }
}
