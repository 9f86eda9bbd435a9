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
        for (Tagged whole : spans) {
            Tagged t = TRIM ? trimmed(sentences.get(whole.sentence()), whole) : whole;
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
                if (only(marks, RussianLexicon.ORGANISATION) && (!ORG_FROM_PER_ONLY || type.equals("PER"))) {
                    type = "ORG";
                } else if (only(marks, RussianLexicon.SURNAME) && RussianFeatures.openingQuote(sentence, t.from()) < 0) {
                    type = "PER";
                } else if (COMPOUND_RULE && type.equals("PER") && orgCompound(lex, sentence.get(t.from()).text())) {
                    type = "ORG";
                } else if (PLACE_RULE && type.equals("PER") && placeAlone(lex, sentence, t.from())) {
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
                if (PLACE_FINAL && type.equals("PER") && placeAlone(lex, sentences.get(t.sentence()), t.from())
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
                } else if (i > 0 && (only(lex.marks(word), RussianLexicon.SURNAME) || LISTED_RULE && personOnly(lex, word))) {
                    type = "PER";
                }
                if (PLACE_FINAL && "PER".equals(type) && placeAlone(lex, sentence, i)
                        && !inFullNames.contains(key(lex, word))) {
                    type = "LOC";
                }
                if (type != null && (!quoted || type.equals("ORG"))) {
                    out.add(new Tagged(s, i, i + 1, type));
                }
            }
        }
        if (LIST_RULE) {
            out = listedPeople(lex, sentences, out);
        }
        if (QUOTE_RULE) {
            out = quotedNames(sentences, out);
        }
        if (LATIN_RULE) {
            out.addAll(latinNames(sentences, out));
        }
        if (ORG_PHRASES) {
            out = OrganisationPhrases.apply(sentences, out);
        }
        if (PLACE_PHRASES) {
            out = PlacePhrases.apply(sentences, out);
        }
        return PARTICLE_RULE ? joinParticles(sentences, out) : out;
    }

    /** Lower-case words inside Arabic, Dutch, German and other names: Усама бин Ладен, Ван дер Ваальс. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("бин", "бен", "ибн", "аль", "эль", "ван",
            "дер", "фон", "де", "ди", "дель", "делла", "да", "дос", "ла", "ле", "ду");

    /** Lower-case words inside Latin names of organisations: Corriere della Sera, Registry of Domain Names. */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "and", "for", "the", "de", "della",
            "del", "des", "du", "la", "le", "und", "für", "&");

    /**
     * Two person spans with only a name particle between them are one name (Усама бин Ладен); two
     * organisation spans with only a Latin connector between them are one name (Corriere della Sera).
     */
    private static List<Tagged> joinParticles(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        List<Tagged> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(Tagged::sentence).thenComparingInt(Tagged::from));
        List<Tagged> out = new ArrayList<>();
        for (Tagged t : sorted) {
            Tagged last = out.isEmpty() ? null : out.get(out.size() - 1);
            String between = last != null && last.sentence() == t.sentence() && t.from() == last.to() + 1
                    ? sentences.get(t.sentence()).get(last.to()).text() : null;
            if (between != null && last.type().equals(t.type()) && (t.type().equals("PER") && PARTICLES.contains(between)
                    || t.type().equals("ORG") && CONNECTORS.contains(between))) {
                out.set(out.size() - 1, new Tagged(t.sentence(), last.from(), t.to(), t.type()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * «Яблоко», «Ведомости», «Спартак»: a short capitalised name in quotes that nothing else tagged is the
     * name of an organisation, a newspaper or a team, the commonest things Russian news puts in quotes.
     */
    private static List<Tagged> quotedNames(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        boolean[][] covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).size()];
        }
        for (Tagged t : spans) {
            for (int i = t.from(); i < t.to(); i++) {
                covered[t.sentence()][i] = true;
            }
        }
        List<Tagged> out = new ArrayList<>();
        List<Tagged> whole = new ArrayList<>();
        List<java.util.function.Predicate<Tagged>> inside = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (!sentence.get(i).text().equals("«")) {
                    continue;
                }
                int close = i + 1;
                while (close < sentence.size() && close - i <= MAX_QUOTED + 1 && !sentence.get(close).text().equals("»")) {
                    close++;
                }
                if (close >= sentence.size() || close - i > MAX_QUOTED + 1 || close == i + 1) {
                    continue;
                }
                String first = sentence.get(i + 1).text();
                boolean free = true;
                for (int k = i + 1; k < close; k++) {
                    free &= !covered[s][k];
                }
                if (free && Character.isUpperCase(first.charAt(0)) && Character.isLetter(first.charAt(0))) {
                    out.add(new Tagged(s, i + 1, close, "ORG"));
                } else if (QUOTE_WHOLE && Character.isUpperCase(first.charAt(0)) && Character.isLetter(first.charAt(0))
                        && !covered[s][i + 1] && close - i > 2) {
                    // «Голоса Америки»: the name is the whole quotation, the place inside is part of it.
                    final int from = i + 1;
                    final int to = close;
                    final int sent = s;
                    whole.add(new Tagged(s, from, to, "ORG"));
                    inside.add(t -> t.sentence() == sent && t.from() >= from && t.to() <= to);
                }
                i = close;
            }
        }
        List<Tagged> all = new ArrayList<>();
        for (Tagged t : spans) {
            if (inside.stream().noneMatch(p -> p.test(t))) {
                all.add(t);
            }
        }
        all.addAll(out);
        all.addAll(whole);
        return all;
    }

    static boolean ORG_PHRASES = Boolean.parseBoolean(System.getProperty("r.orgphrase", "true"));
    static boolean PLACE_PHRASES = Boolean.parseBoolean(System.getProperty("r.placephrase", "true"));
    static boolean PLACE_FINAL = Boolean.parseBoolean(System.getProperty("r.placefinal", "true"));
    static boolean LATIN_RULE = Boolean.parseBoolean(System.getProperty("r.latin", "true"));

    /**
     * Google, HP, Sun Microsystems: a run of capitalised Latin words in a Russian sentence that nothing
     * tagged is mostly a firm or a medium; in brackets right after a tagged name ("Билал Хассеин (Bilal
     * Hussein)") it is that name's original spelling and takes its type.
     */
    private static List<Tagged> latinNames(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        java.util.Map<Long, Tagged> endingAt = new HashMap<>();
        boolean[][] covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).size()];
        }
        for (Tagged t : spans) {
            for (int i = t.from(); i < t.to(); i++) {
                covered[t.sentence()][i] = true;
            }
            endingAt.put((long) t.sentence() << 32 | t.to(), t);
        }
        List<Tagged> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            if (sentence.stream().noneMatch(t -> cyrillic(t.text()))) {
                continue;
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (covered[s][i] || !latinCapital(sentence.get(i).text())) {
                    continue;
                }
                int j = i + 1;
                while (j < sentence.size() && !covered[s][j]) {
                    String w = sentence.get(j).text();
                    if (latinCapital(w) || w.chars().allMatch(Character::isDigit) || domainEnd(sentence, j)) {
                        j += w.equals(".") ? 2 : 1;
                    } else if (CONNECTORS.contains(w) && j + 1 < sentence.size() && !covered[s][j + 1]
                            && latinCapital(sentence.get(j + 1).text())) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String type = "ORG";
                if (i >= 1 && sentence.get(i - 1).text().equals("(")) {
                    Tagged before = endingAt.get((long) s << 32 | (i - 1));
                    if (before != null) {
                        type = before.type();
                    }
                }
                out.add(new Tagged(s, i, j, type));
                i = j;
            }
        }
        return out;
    }

    private static final java.util.Set<String> DOMAINS = java.util.Set.of("ru", "com", "org", "net", "ua", "by", "kz",
            "info", "рф");

    /** ". ru" after a name: Lenta.ru, Gzt.Ru. */
    private static boolean domainEnd(List<Tokens.Token> sentence, int j) {
        return sentence.get(j).text().equals(".") && j + 1 < sentence.size()
                && DOMAINS.contains(sentence.get(j + 1).text().toLowerCase(Locale.ROOT))
                && sentence.get(j + 1).start() == sentence.get(j).end();
    }

    private static boolean latinCapital(String w) {
        return Character.isUpperCase(w.charAt(0))
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static boolean cyrillic(String w) {
        return Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** Longer quotations are titles of works or quoted speech, not names. */
    private static final int MAX_QUOTED = 4;

    static boolean PLACE_RULE = Boolean.parseBoolean(System.getProperty("r.place", "true"));
    static boolean LISTED_RULE = Boolean.parseBoolean(System.getProperty("r.listed", "true"));
    static boolean QUOTE_RULE = Boolean.parseBoolean(System.getProperty("r.quote", "true"));
    static boolean PARTICLE_RULE = Boolean.parseBoolean(System.getProperty("r.particle", "true"));

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

    static boolean ORG_FROM_PER_ONLY = Boolean.parseBoolean(System.getProperty("r.orgper", "true"));
    static boolean TRIM = Boolean.parseBoolean(System.getProperty("r.trim", "true"));

    /** Prepositions and conjunctions, capitalised at a sentence start, that the tagger takes into a name. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("в", "во", "на", "из", "с", "со",
            "к", "ко", "по", "о", "об", "от", "до", "за", "у", "для", "при", "под", "над", "через", "и", "а", "но",
            "как", "что", "это", "не", "вот", "после", "без", "между", "перед", "также");

    /** The span without function words at its edges ("Из Манчестера" → "Манчестера"), or null if none is left. */
    private static Tagged trimmed(List<Tokens.Token> sentence, Tagged t) {
        int from = t.from();
        int to = t.to();
        while (from < to && functionWord(sentence, from)) {
            from++;
        }
        while (to > from && functionWord(sentence, to - 1)) {
            to--;
        }
        return from == to ? null : from == t.from() && to == t.to() ? t : new Tagged(t.sentence(), from, to, t.type());
    }

    /**
     * A function word: lower-case, or capitalised as the first word of a sentence ("Ли Со Ён" in mid-sentence
     * is a name); not an initial ("В. Путин" keeps its "В").
     */
    private static boolean functionWord(List<Tokens.Token> sentence, int i) {
        String w = sentence.get(i).text();
        return FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && (i == 0 || Character.isLowerCase(w.charAt(0)))
                && !(i + 1 < sentence.size() && sentence.get(i + 1).text().equals("."));
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
        boolean afterInitial = i >= 2 && sentence.get(i - 1).text().equals(".") && sentence.get(i - 2).text().length() == 1;
        boolean afterName = i >= 1 && capitalised(sentence.get(i - 1).text()) && !sentence.get(i - 1).sentenceStart();
        boolean beforeName = i + 1 < sentence.size() && capitalised(sentence.get(i + 1).text());
        return !afterInitial && !afterName && !beforeName;
    }

    static boolean COMPOUND_RULE = Boolean.parseBoolean(System.getProperty("r.compound", "true"));

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

    static boolean QUOTE_WHOLE = Boolean.parseBoolean(System.getProperty("r.quotewhole", "true"));
    static boolean LIST_RULE = Boolean.parseBoolean(System.getProperty("r.list", "true"));
    private static final java.util.regex.Pattern ARTICLE_NAME =
            java.util.regex.Pattern.compile("(?:аль|эль|ал|ад|ас|ат|ан|ар|аш|уль|бин|ибн|бен)-\\p{Lu}\\p{Ll}+");

    /**
     * People the tagger missed where the layout says "person": a name after an Arabic article (аль-Барадеи), and
     * capitalised words in a bracketed list right after a person ("Бернс (Сен-Луи, Хитли)", the assistants
     * of a goal) that the dictionary does not know as a place or an organisation. Repeated until nothing
     * changes, so a list grows from its first tagged name.
     */
    private static List<Tagged> listedPeople(RussianLexicon lex, List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        List<Tagged> out = new ArrayList<>(spans);
        boolean changed = true;
        while (changed) {
            changed = false;
            String[][] types = new String[sentences.size()][];
            for (int s = 0; s < sentences.size(); s++) {
                types[s] = new String[sentences.get(s).size()];
            }
            for (Tagged t : out) {
                for (int i = t.from(); i < t.to(); i++) {
                    types[t.sentence()][i] = t.type();
                }
            }
            for (int s = 0; s < sentences.size(); s++) {
                List<Tokens.Token> sentence = sentences.get(s);
                for (int i = 0; i < sentence.size(); i++) {
                    String w = sentence.get(i).text();
                    if (types[s][i] != null) {
                        continue;
                    }
                    boolean article = ARTICLE_NAME.matcher(w).matches();
                    boolean listed = capitalised(w) && i >= 2 && !sentence.get(i).sentenceStart()
                            && (sentence.get(i - 1).text().equals("(") || sentence.get(i - 1).text().equals(","))
                            && "PER".equals(types[s][i - 2]) && inBrackets(sentence, i)
                            && (lex.marks(w) & (RussianLexicon.PLACE | RussianLexicon.ORGANISATION)) == 0;
                    if (article || listed) {
                        out.add(new Tagged(s, i, i + 1, "PER"));
                        types[s][i] = "PER";
                        changed = true;
                    }
                }
            }
        }
        return out;
    }

    /** An opening bracket before the token, with no closing one between. */
    private static boolean inBrackets(List<Tokens.Token> sentence, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = sentence.get(k).text();
            if (t.equals(")")) {
                return false;
            }
            if (t.equals("(")) {
                return true;
            }
        }
        return false;
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
