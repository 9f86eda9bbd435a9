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
 * the name of a newspaper, a ship or a firm; one it knows only as an organisation (Минобороны, Госдума) or
 * a clipped compound (Росприроднадзор) is an organisation where the tagger said person (between place and
 * organisation the context decides: МКС); one it knows only as a place, standing alone, is a place.</li>
 * </ul>
 * Then the layout ({@link NameLayout}) and the phrases around head nouns ({@link OrganisationPhrases},
 * {@link PlacePhrases}) complete what the tagger cut short.
 */
final class DocumentConsistency {
    /** A tagged run of tokens [from, to) of one sentence; {@code type} is PER, LOC or ORG. */
    record Tagged(int sentence, int from, int to, String type) {
        /** Per sentence, which tokens some span covers. */
        static boolean[][] covered(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
            boolean[][] covered = new boolean[sentences.size()][];
            for (int s = 0; s < sentences.size(); s++) {
                covered[s] = new boolean[sentences.get(s).size()];
            }
            for (Tagged t : spans) {
                for (int i = t.from(); i < t.to(); i++) {
                    covered[t.sentence()][i] = true;
                }
            }
            return covered;
        }
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
        for (Tagged whole : spans) {
            Tagged t = NameLayout.trimmed(sentences.get(whole.sentence()), whole);
            if (t == null) {
                continue;
            }
            for (int i = t.from(); i < t.to(); i++) {
                covered[t.sentence()][i] = true;
            }
            String type = t.type();
            if (t.to() - t.from() == 1) {
                List<Tokens.Token> sentence = sentences.get(t.sentence());
                int marks = lex.marks(sentence.get(t.from()).text());
                if (only(marks, RussianLexicon.ORGANISATION) && type.equals("PER")) {
                    type = "ORG";
                } else if (only(marks, RussianLexicon.SURNAME) && RussianFeatures.openingQuote(sentence, t.from()) < 0) {
                    type = "PER";
                } else if (type.equals("PER") && orgCompound(lex, sentence.get(t.from()).text())) {
                    type = "ORG";
                } else if (type.equals("PER") && placeAlone(lex, sentence, t.from())) {
                    // Лихтенштейн, Манчестер: the dictionary knows the word as a place and as no person's name.
                    type = "LOC";
                }
            }
            known.add(new Tagged(t.sentence(), t.from(), t.to(), type));
        }
        Map<String, int[]> votes = new HashMap<>();
        // Words of multi-word personal names ("Оливер Кан"): the dictionary's place reading does not apply.
        java.util.Set<String> inFullNames = new java.util.HashSet<>();
        for (Tagged t : known) {
            List<Tokens.Token> sentence = sentences.get(t.sentence());
            if (t.type().equals("PER") && t.to() - t.from() > 1) {
                for (int i = t.from(); i < t.to(); i++) {
                    inFullNames.add(key(lex, sentence.get(i).text()));
                }
            }
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
                if (type.equals("PER") && placeAlone(lex, sentences.get(t.sentence()), t.from())
                        && !inFullNames.contains(key(lex, word))) {
                    type = "LOC";
                }
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
                } else if (i > 0 && (only(lex.marks(word), RussianLexicon.SURNAME) || personOnly(lex, word))) {
                    type = "PER";
                }
                if ("PER".equals(type) && placeAlone(lex, sentence, i)
                        && !inFullNames.contains(key(lex, word))) {
                    type = "LOC";
                }
                if (type != null && (!quoted || type.equals("ORG"))) {
                    out.add(new Tagged(s, i, i + 1, type));
                }
            }
        }
        out = NameLayout.listedPeople(lex, sentences, out);
        out = NameLayout.quotedNames(sentences, out);
        out.addAll(NameLayout.latinNames(sentences, out));
        out = OrganisationPhrases.apply(sentences, out);
        out = PlacePhrases.apply(sentences, out);
        return NameLayout.joinParticles(sentences, out);
    }

    /**
     * A word that the dictionary or the name lists know only as a person's name (Радулов, Уорд in a hockey
     * line-up), never as a place or an organisation.
     */
    private static boolean personOnly(RussianLexicon lex, String word) {
        int m = lex.marksWithListed(word);
        int person = RussianLexicon.SURNAME | RussianLexicon.LISTED_SURNAME | RussianLexicon.GIVEN
                | RussianLexicon.LISTED_GIVEN | RussianLexicon.PATRONYMIC;
        return (m & person) != 0 && (m & (RussianLexicon.PLACE | RussianLexicon.ORGANISATION)) == 0;
    }

    /**
     * Лихтенштейн, Манчестер: a word the dictionary knows as a place and as no person's name, standing alone:
     * not in quotes, not after an initial ("Н. Кан") and not next to another capitalised word of a name.
     */
    private static boolean placeAlone(RussianLexicon lex, List<Tokens.Token> sentence, int i) {
        if (!only(lex.marks(sentence.get(i).text()), RussianLexicon.PLACE)
                || RussianFeatures.openingQuote(sentence, i) >= 0) {
            return false;
        }
        boolean afterInitial = i >= 2 && sentence.get(i - 1).text().equals(".")
                && sentence.get(i - 2).text().length() == 1;
        boolean afterName = i >= 1 && capitalised(sentence.get(i - 1).text()) && !sentence.get(i - 1).sentenceStart();
        boolean beforeName = i + 1 < sentence.size() && capitalised(sentence.get(i + 1).text());
        return !afterInitial && !afterName && !beforeName;
    }

    /** Parts of the clipped compounds that name Russian bodies and firms: Росприроднадзор, Минкомсвязь, Нацфронт. */
    private static final List<String> ORG_PREFIXES = List.of("рос", "мин", "гос", "глав", "нац", "мос", "мэр");
    private static final List<String> ORG_PARTS = List.of("надзор", "пром", "банк", "нефт", "газ", "строй", "торг",
            "трест", "связ", "комитет", "фронт", "союз", "совет", "информ", "инвест", "энерго", "холдинг", "новост",
            "телеком", "авиа", "транс");

    /** A clipped compound (Росприроднадзору, Викиновостям) that the dictionary does not know as a person's name. */
    private static boolean orgCompound(RussianLexicon lex, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 7 || (lex.marksWithListed(word) & PERSON_MARKS) != 0) {
            return false;
        }
        boolean prefix = ORG_PREFIXES.stream().anyMatch(p -> w.startsWith(p));
        boolean part = ORG_PARTS.stream().anyMatch(p -> w.indexOf(p, 2) > 0);
        return prefix && part || part && w.length() >= 9;
    }

    private static final int PERSON_MARKS = RussianLexicon.GIVEN | RussianLexicon.SURNAME | RussianLexicon.PATRONYMIC
            | RussianLexicon.LISTED_GIVEN | RussianLexicon.LISTED_SURNAME | RussianLexicon.LISTED_PATRONYMIC;

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

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                && !(w.length() > 1 && Character.isUpperCase(w.charAt(1)));
    }
}
