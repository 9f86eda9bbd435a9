package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.eval.FactRuDocument;

/** Turning annotated documents into training sentences, and training the Russian tagger. */
public final class RussianNer {
    public static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");

    private RussianNer() {
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
    public static List<PerceptronTagger.Sentence> training(FactRuDocument doc) {
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
        List<PerceptronTagger.Sentence> out = new ArrayList<>();
        int k = 0;
        for (List<Tokens.Token> s : sentences(tokens)) {
            List<String> gold = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                gold.add(labels[k++]);
            }
            out.add(new PerceptronTagger.Sentence(s, gold));
        }
        return out;
    }

    public static PerceptronTagger train(List<FactRuDocument> docs, int epochs) {
        List<PerceptronTagger.Sentence> data = new ArrayList<>();
        docs.forEach(d -> data.addAll(training(d)));
        return PerceptronTagger.train(data, LABELS, epochs, 42);
    }
}
