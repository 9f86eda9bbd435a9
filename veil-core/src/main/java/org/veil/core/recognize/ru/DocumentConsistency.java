package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name, one type within a document. The tagger decides sentence by sentence and may call "Вертинского"
 * a person and "Вертинскому" an organisation; this pass lets the document vote, with every case form of a
 * name counted as one (the dictionary's lemma, else the stem without its case ending):
 * <ul>
 * <li>a one-word span takes the type most spans of its name have, when that majority is clear;</li>
 * <li>a capitalised word left untagged is tagged when its name was tagged elsewhere in the document (in
 * quotes only as an organisation);</li>
 * <li>a word the dictionary knows only as a surname is a person, unless it stands in quotes, where it is
 * the name of a newspaper, a ship or a firm; one it knows only as an organisation (Минобороны, Госдума) is
 * an organisation.</li>
 * </ul>
 */
final class DocumentConsistency {
    /** A tagged run of tokens [from, to) of one sentence; {@code type} is PER, LOC or ORG. */
    record Tagged(int sentence, int from, int to, String type) {
    }

    private static final List<String> TYPES = List.of("PER", "LOC", "ORG");

    private DocumentConsistency() {
    }

    static List<Tagged> apply(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        RussianLexicon lex = RussianLexicon.bundled();
        boolean[][] covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).size()];
        }
        // The dictionary first, so that its corrections vote too.
        List<Tagged> known = new ArrayList<>();
        for (Tagged t : spans) {
            for (int i = t.from(); i < t.to(); i++) {
                covered[t.sentence()][i] = true;
            }
            String type = t.type();
            if (t.to() - t.from() == 1) {
                List<Tokens.Token> sentence = sentences.get(t.sentence());
                int marks = lex.marks(sentence.get(t.from()).text());
                if (only(marks, RussianLexicon.ORGANISATION)) {
                    type = "ORG";
                } else if (only(marks, RussianLexicon.SURNAME) && RussianFeatures.openingQuote(sentence, t.from()) < 0) {
                    type = "PER";
                }
            }
            known.add(new Tagged(t.sentence(), t.from(), t.to(), type));
        }
        Map<String, int[]> votes = new HashMap<>();
        for (Tagged t : known) {
            List<Tokens.Token> sentence = sentences.get(t.sentence());
            if (t.to() - t.from() == 1 || t.type().equals("PER")) {
                // Every word of a person's name is that person's; a place or firm counts only whole.
                for (int i = t.from(); i < t.to(); i++) {
                    if (capitalised(sentence.get(i).text())) {
                        votes.computeIfAbsent(key(lex, sentence.get(i).text()), k -> new int[3])[
                                TYPES.indexOf(t.type())]++;
                    }
                }
            }
        }
        List<Tagged> out = new ArrayList<>();
        for (Tagged t : known) {
            String type = t.type();
            if (t.to() - t.from() == 1) {
                String word = sentences.get(t.sentence()).get(t.from()).text();
                type = majority(votes.get(key(lex, word)), type);
            }
            out.add(new Tagged(t.sentence(), t.from(), t.to(), type));
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                String word = sentence.get(i).text();
                if (covered[s][i] || !capitalised(word) || word.length() < 2) {
                    continue;
                }
                // In quotes a person's or a place's name is a title: «Вертинский» is a newspaper there.
                boolean quoted = RussianFeatures.openingQuote(sentence, i) >= 0;
                int[] v = votes.get(key(lex, word));
                String type = null;
                if (v != null) {
                    type = majority(v, null);
                } else if (i > 0 && only(lex.marks(word), RussianLexicon.SURNAME)) {
                    type = "PER";
                }
                if (type != null && (!quoted || type.equals("ORG"))) {
                    out.add(new Tagged(s, i, i + 1, type));
                }
            }
        }
        return out;
    }

    /** The type with strictly more votes than each other, else {@code fallback}. */
    private static String majority(int[] v, String fallback) {
        if (v == null) {
            return fallback;
        }
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (v[c] > v[best]) {
                best = c;
            }
        }
        for (int c = 0; c < 3; c++) {
            if (c != best && v[c] == v[best]) {
                return fallback;
            }
        }
        return TYPES.get(best);
    }

    /** The dictionary knows the word as {@code mark} and not as any other kind of name. */
    private static boolean only(int marks, int mark) {
        int kinds = RussianLexicon.SURNAME | RussianLexicon.PLACE | RussianLexicon.ORGANISATION | RussianLexicon.GIVEN;
        return (marks & mark) != 0 && (marks & kinds & ~mark) == 0;
    }

    private static String key(RussianLexicon lex, String word) {
        int lemma = lex.lemma(word);
        return lemma >= 0 ? "#" + lemma : RussianGazetteer.stem(word.toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                && !(w.length() > 1 && Character.isUpperCase(w.charAt(1)));
    }
}
