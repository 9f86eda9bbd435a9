package org.veil.core.recognize.en;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.veil.core.eval.TabDocument;
import org.veil.core.eval.TabMention;
import org.veil.core.link.GivenNames;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.ResourceLines;
import org.veil.core.recognize.tagger.PerceptronTagger;

/**
 * Training the English name tagger: TAB training documents labelled by a teacher (Stanford's CRF, whose
 * general-English knowledge the student keeps) with the gold persons, places and organisations laid over
 * them, plus copies of the sentences with other names in the name slots, so the student learns the contexts
 * of names rather than the names of one corpus.
 */
public final class EnglishNer {
    public static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");

    /** A labelled stretch of text, UTF-16 offsets, type PER, LOC or ORG. */
    public record Labelled(int start, int end, String type) {
    }

    private EnglishNer() {
    }

    /** Reads a model written by {@code veil train en-ner}. */
    public static PerceptronTagger<EnglishSentence> read(InputStream in) throws IOException {
        return PerceptronTagger.read(in, EnglishFeatures.INSTANCE);
    }

    /** The sentences of a text as the tagger sees them. */
    public static List<EnglishSentence> sentences(String text) {
        WordClusters clusters = WordClusters.bundled();
        EnglishGazetteer gazetteer = EnglishGazetteer.bundled();
        List<EnglishSentence> out = new ArrayList<>();
        for (List<EnglishTokens.Token> s : EnglishTokens.sentences(text)) {
            out.add(new EnglishSentence(s, clusters, gazetteer));
        }
        return out;
    }

    /**
     * The names of a TAB document: the teacher's (persons, places, organisations), with the gold PERSON, ORG and
     * LOC mentions of the first annotator replacing any teacher mention they overlap when {@code gold} is set.
     */
    public static List<Labelled> names(TabDocument doc, List<Mention> teacher, boolean gold) {
        List<Labelled> goldNames = new ArrayList<>();
        if (gold && !doc.annotations().isEmpty()) {
            String text = doc.text();
            for (TabMention m : doc.annotations().values().iterator().next()) {
                String type = switch (m.entityType()) {
                    case "PERSON" -> "PER";
                    case "ORG" -> "ORG";
                    case "LOC" -> "LOC";
                    default -> null;
                };
                if (type != null) {
                    int s = text.offsetByCodePoints(0, m.start());
                    int e = text.offsetByCodePoints(s, m.end() - m.start());
                    if (type.equals("PER")) {
                        s = afterTitle(text, s, e);
                    }
                    if (s < e) {
                        goldNames.add(new Labelled(s, e, type));
                    }
                }
            }
        }
        List<Labelled> out = new ArrayList<>(goldNames);
        for (Mention m : teacher) {
            String type = switch (m.type()) {
                case PERSON -> "PER";
                case LOCATION -> "LOC";
                case ORGANIZATION -> "ORG";
                default -> null;
            };
            if (type != null && goldNames.stream().noneMatch(g -> g.start() < m.end() && m.start() < g.end())) {
                out.add(new Labelled(m.start(), m.end(), type));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|Prof|Professor|Judge|Sir|Lord|Lady)\\.?\\s+");

    /**
     * Where a gold person starts once a leading title is dropped: TAB's persons include "Mr", the teacher's
     * (CoNLL style) do not, and the rest of the pipeline masks titled names on its own.
     */
    private static int afterTitle(String text, int start, int end) {
        java.util.regex.Matcher m = TITLE.matcher(text).region(start, end);
        return m.lookingAt() ? m.end() : start;
    }

    /** BIO-labelled sentences of a text; where names nest, the shorter one labels its tokens. */
    public static List<PerceptronTagger.Example<EnglishSentence>> examples(String text, List<Labelled> names,
            WordClusters clusters) {
        List<List<EnglishTokens.Token>> sentences = EnglishTokens.sentences(text);
        List<Labelled> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Labelled l) -> l.end() - l.start()).reversed());
        EnglishGazetteer gazetteer = EnglishGazetteer.bundled();
        List<PerceptronTagger.Example<EnglishSentence>> out = new ArrayList<>();
        for (List<EnglishTokens.Token> s : sentences) {
            String[] labels = new String[s.size()];
            Arrays.fill(labels, "O");
            for (Labelled l : sorted) {
                boolean first = true;
                for (int i = 0; i < s.size(); i++) {
                    EnglishTokens.Token t = s.get(i);
                    if (t.start() < l.end() && l.start() < t.end() && Character.isLetterOrDigit(t.text().charAt(0))
                            || t.start() >= l.start() && t.end() <= l.end()) {
                        labels[i] = (first ? "B-" : "I-") + l.type();
                        first = false;
                    }
                }
            }
            out.add(new PerceptronTagger.Example<>(new EnglishSentence(s, clusters, gazetteer), List.of(labels)));
        }
        return out;
    }

    /**
     * For each sentence with a person or place, {@code copies} copies with other names in those slots: given
     * names and surnames from the stand-in lists, the given-name table and the names the teacher found
     * elsewhere in the data, and made-up words, so the tagger learns where names stand rather than which
     * names occur.
     */
    public static List<PerceptronTagger.Example<EnglishSentence>> swappedNames(
            List<PerceptronTagger.Example<EnglishSentence>> data, WordClusters clusters, int copies, long seed) {
        Set<String> given = new TreeSet<>(ResourceLines.read("/org/veil/core/surrogate/en-male.txt"));
        given.addAll(ResourceLines.read("/org/veil/core/surrogate/en-female.txt"));
        for (GivenNames.Entry e : GivenNames.table()) {
            for (String v : e.variants()) {
                if (Character.UnicodeScript.of(v.codePointAt(0)) == Character.UnicodeScript.LATIN) {
                    given.add(v);
                }
            }
        }
        Set<String> surnames = new TreeSet<>(ResourceLines.read("/org/veil/core/surrogate/en-surnames.txt"));
        Set<String> places = new TreeSet<>(ResourceLines.read("/org/veil/core/surrogate/places.txt"));
        for (PerceptronTagger.Example<EnglishSentence> ex : data) {
            for (int i = 0; i < ex.sentence().size(); i++) {
                String w = ex.sentence().word(i);
                String g = ex.gold().get(i);
                boolean last = i + 1 == ex.gold().size() || !ex.gold().get(i + 1).startsWith("I-");
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
                    if (g.endsWith("PER")) {
                        (last ? surnames : given).add(w);
                    } else if (g.equals("B-LOC") && last) {
                        places.add(w);
                    }
                }
            }
        }
        List<List<String>> pools = List.of(new ArrayList<>(given), new ArrayList<>(surnames), new ArrayList<>(places));
        Random random = new Random(seed);
        EnglishGazetteer gazetteer = EnglishGazetteer.bundled();
        List<PerceptronTagger.Example<EnglishSentence>> out = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (PerceptronTagger.Example<EnglishSentence> ex : data) {
                List<String> gold = ex.gold();
                if (gold.stream().noneMatch(g -> g.endsWith("PER") || g.endsWith("LOC"))) {
                    continue;
                }
                EnglishSentence s = ex.sentence();
                List<EnglishTokens.Token> tokens = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    String w = s.word(i);
                    String g = gold.get(i);
                    boolean word = Character.isLetter(w.charAt(0)) && w.length() > 1 && !w.endsWith(".");
                    boolean last = i + 1 == s.size() || !gold.get(i + 1).startsWith("I-");
                    if (word && g.endsWith("PER")) {
                        w = pick(pools.get(last ? 1 : 0), random, w);
                    } else if (word && g.equals("B-LOC") && last) {
                        w = pick(pools.get(2), random, w);
                    }
                    tokens.add(new EnglishTokens.Token(s.start(i), s.end(i), w));
                }
                out.add(new PerceptronTagger.Example<>(new EnglishSentence(tokens, clusters, gazetteer), gold));
            }
        }
        return out;
    }

    private static final String[] SYLLABLES = {"ka", "lo", "ve", "ri", "an", "mar", "ten", "sol", "bu", "dra",
        "el", "in", "gor", "ush", "ta", "ne", "vik", "ol", "ez", "ham"};

    /** A name from the pool, or one in four times a made-up word, in the case of the word it replaces. */
    private static String pick(List<String> from, Random random, String original) {
        String w;
        if (random.nextInt(4) == 0) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            w = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        } else {
            w = from.get(random.nextInt(from.size()));
        }
        return original.equals(original.toUpperCase(Locale.ROOT)) ? w.toUpperCase(Locale.ROOT) : w;
    }

    /**
     * The lower-case words whose clusters the tagger needs: those of the training texts, the everyday-English
     * list and the name and place lists the gazetteer reads.
     */
    public static java.util.Set<String> vocabulary(List<String> texts) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String t : texts) {
            for (List<EnglishTokens.Token> s : EnglishTokens.sentences(t)) {
                for (EnglishTokens.Token tok : s) {
                    if (Character.isLetter(tok.text().charAt(0))) {
                        out.add(tok.text().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        for (String path : List.of("/org/veil/core/verify/en-words.txt", "/org/veil/core/surrogate/en-male.txt",
                "/org/veil/core/surrogate/en-female.txt", "/org/veil/core/surrogate/en-surnames.txt",
                "/org/veil/core/surrogate/places.txt", "/org/veil/core/lexicon/cities.txt",
                "/org/veil/core/publics/country-names.txt", "/org/veil/core/publics/capitals.txt",
                "/org/veil/core/publics/public-figures.txt")) {
            for (String line : ResourceLines.read(path)) {
                for (String w : line.split("\\s+")) {
                    out.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The whole training set of the shipped model: each document labelled by {@code teacher} with its gold
     * names laid over (when {@code gold}), the filled sentence patterns ({@link EnglishTemplates}), and two
     * name-swapped copies of every sentence with a person or place.
     */
    public static List<PerceptronTagger.Example<EnglishSentence>> trainingSet(List<TabDocument> docs,
            java.util.function.Function<String, List<Mention>> teacher, WordClusters clusters, boolean gold) {
        List<PerceptronTagger.Example<EnglishSentence>> data = new ArrayList<>();
        for (TabDocument d : docs) {
            data.addAll(examples(d.text(), names(d, teacher.apply(d.text()), gold), clusters));
        }
        for (EnglishTemplates.Filled f : EnglishTemplates.fill(10, 11)) {
            data.addAll(examples(f.text(), f.names(), clusters));
        }
        data.addAll(swappedNames(data, clusters, 2, 7));
        return data;
    }

    public static PerceptronTagger<EnglishSentence> train(List<PerceptronTagger.Example<EnglishSentence>> data,
            int epochs) {
        return PerceptronTagger.train(data, LABELS, EnglishFeatures.INSTANCE, epochs, 42);
    }

    /** Types of the labels, for the recognizer. */
    static EntityType entityType(String type) {
        return switch (type) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.ORGANIZATION;
        };
    }
}
