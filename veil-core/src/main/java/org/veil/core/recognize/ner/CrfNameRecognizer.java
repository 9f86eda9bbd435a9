package org.veil.core.recognize.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Persons, places and organisations from Stanford's English CRF model (trained on CoNLL, MUC, ACE and
 * more; shipped inside veil-core). Loading takes a couple of seconds, so one instance is shared.
 */
public final class CrfNameRecognizer implements Recognizer {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static volatile CrfNameRecognizer shared;
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("\\p{IsLatin}");

    /** Whether {@code text} holds a Latin letter, the only kind of text this recognizer tags. */
    public static boolean tags(String text) {
        return LATIN.matcher(text).find();
    }

    private final CRFClassifier<CoreLabel> classifier;

    private CrfNameRecognizer(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** The process-wide instance; the model is loaded on first use. */
    public static CrfNameRecognizer shared() {
        CrfNameRecognizer r = shared;
        if (r == null) {
            synchronized (CrfNameRecognizer.class) {
                r = shared;
                if (r == null) {
                    r = new CrfNameRecognizer(load());
                    shared = r;
                }
            }
        }
        return r;
    }

    private static CRFClassifier<CoreLabel> load() {
        try (InputStream raw = CrfNameRecognizer.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (raw == null) {
                throw new IllegalStateException("NER model missing from the build: " + MODEL);
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return CRFClassifier.getClassifier(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("NER model incompatible with this CoreNLP version", e);
        }
    }

    @Override
    public String name() {
        return "crf-ner";
    }

    /**
     * The model's distributional-similarity cluster of each lower-case word that has one (the distsim lexicon
     * the model carries, which it writes on each token it tags), for the English tagger's word-cluster
     * features; words the lexicon lacks are left out.
     */
    public java.util.Map<String, String> wordClusters(java.util.Collection<String> lowerCaseWords) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        List<String> words = new ArrayList<>(lowerCaseWords);
        for (int from = 0; from < words.size(); from += 500) {
            List<CoreLabel> tokens = new ArrayList<>();
            for (String w : words.subList(from, Math.min(words.size(), from + 500))) {
                CoreLabel l = new CoreLabel();
                l.setWord(w);
                l.setValue(w);
                l.setOriginalText(w);
                tokens.add(l);
            }
            for (CoreLabel l : classifier.classify(tokens)) {
                String cluster = l.get(CoreAnnotations.DistSimAnnotation.class);
                if (cluster != null && !cluster.equals("null")) {
                    out.put(l.word(), cluster);
                }
            }
        }
        return out;
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> found = new ArrayList<>();
        for (int[] chunk : chunks(text)) {
            String piece = text.substring(chunk[0], chunk[1]);
            // Text without a single Latin letter is left to the Russian tagger; mixed paragraphs go through both.
            if (LATIN.matcher(piece).find()) {
                classify(piece, chunk[0], found);
            }
        }
        return found;
    }

    /** Chunk size: the tagger's memory grows with its input, so large texts go through in pieces. */
    static final int CHUNK = 20_000;

    /**
     * [start, end) pieces of at most about {@link #CHUNK} characters, cut at a paragraph break, else after a
     * sentence, else at a space, so no name is cut in two.
     */
    static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + CHUNK);
            if (end < text.length()) {
                int cut = text.lastIndexOf("\n\n", end);
                if (cut <= start) {
                    cut = text.lastIndexOf(". ", end);
                }
                if (cut <= start) {
                    cut = text.lastIndexOf(' ', end);
                }
                end = cut <= start ? end : cut + 1;
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    private void classify(String piece, int offset, List<Mention> found) {
        // No lock: classifying reads the model only (each call builds its own tokens, features and clique
        // tree), as CoreNLP's own multi-threaded NER annotator relies on; a lock here held batch mode to one
        // core. CrfThreadSafetyTest checks two threads give the output of one.
        List<Triple<String, Integer, Integer>> triples = classifier.classifyToCharacterOffsets(piece);
        for (Triple<String, Integer, Integer> t : triples) {
            EntityType type = switch (t.first()) {
                case "PERSON" -> EntityType.PERSON;
                case "LOCATION" -> EntityType.LOCATION;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                default -> null;
            };
            if (type != null && t.third() > t.second()) {
                IdentifierKind kind = type == EntityType.PERSON ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
                found.add(new Mention(offset + t.second(), offset + t.third(), type, kind, 0.85, name(),
                        Specificity.STATISTICAL));
            }
        }
    }
}
