package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.veil.core.recognize.ru.DocumentConsistency.Tagged;

/**
 * Names that the layout of the text gives away where the tagger saw nothing or too much: a short capitalised
 * quotation («Яблоко»), a run of capitalised Latin words (Google, Corriere della Sera, Lenta.ru), name
 * particles (Усама бин Ладен), bracketed lists after a person (Бернс (Сен-Луи, Хитли)), and sentence-initial
 * prepositions the tagger took into a name ("Из Манчестера").
 */
final class NameLayout {
    private NameLayout() {
    }

    /** Lower-case words inside Arabic, Dutch, German and other names: Усама бин Ладен, Ван дер Ваальс. */
    private static final Set<String> PARTICLES = Set.of("бин", "бен", "ибн", "аль", "эль", "ван",
            "дер", "фон", "де", "ди", "дель", "делла", "да", "дос", "ла", "ле", "ду");

    /** Lower-case words inside Latin names of organisations: Corriere della Sera, Registry of Domain Names. */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "de", "della",
            "del", "des", "du", "la", "le", "und", "für", "&");

    /**
     * Two person spans with only a name particle between them are one name (Усама бин Ладен); two
     * organisation spans with only a Latin connector between them are one name (Corriere della Sera).
     */
    static List<Tagged> joinParticles(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        List<Tagged> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Tagged::sentence).thenComparingInt(Tagged::from));
        List<Tagged> out = new ArrayList<>();
        for (Tagged t : sorted) {
            Tagged last = out.isEmpty() ? null : out.get(out.size() - 1);
            String between = last != null && last.sentence() == t.sentence() && t.from() == last.to() + 1
                    ? sentences.get(t.sentence()).get(last.to()).text() : null;
            if (between != null && last.type().equals(t.type())
                    && (t.type().equals("PER") && PARTICLES.contains(between)
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
    static List<Tagged> quotedNames(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        boolean[][] covered = DocumentConsistency.Tagged.covered(sentences, spans);
        List<Tagged> out = new ArrayList<>();
        List<Tagged> whole = new ArrayList<>();
        List<Predicate<Tagged>> inside = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (!sentence.get(i).text().equals("«")) {
                    continue;
                }
                int close = i + 1;
                while (close < sentence.size() && close - i <= MAX_QUOTED + 1
                        && !sentence.get(close).text().equals("»")) {
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
                } else if (Character.isUpperCase(first.charAt(0)) && Character.isLetter(first.charAt(0))
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

    /**
     * Google, HP, Sun Microsystems: a run of capitalised Latin words in a Russian sentence that nothing
     * tagged is mostly a firm or a medium; in brackets right after a tagged name ("Билал Хассеин (Bilal
     * Hussein)") it is that name's original spelling and takes its type.
     */
    static List<Tagged> latinNames(List<List<Tokens.Token>> sentences, List<Tagged> spans) {
        Map<Long, Tagged> endingAt = new HashMap<>();
        boolean[][] covered = DocumentConsistency.Tagged.covered(sentences, spans);
        for (Tagged t : spans) {
            endingAt.put((long) t.sentence() << 32 | t.to(), t);
        }
        List<Tagged> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            if (sentence.stream().noneMatch(t -> RussianGazetteer.cyrillic(t.text()))) {
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

    private static final Set<String> DOMAINS = Set.of("ru", "com", "org", "net", "ua", "by", "kz",
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


    /** Longer quotations are titles of works or quoted speech, not names. */
    private static final int MAX_QUOTED = 4;

    /** Prepositions and conjunctions, capitalised at a sentence start, that the tagger takes into a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("в", "во", "на", "из", "с", "со",
            "к", "ко", "по", "о", "об", "от", "до", "за", "у", "для", "при", "под", "над", "через", "и", "а", "но",
            "как", "что", "это", "не", "вот", "после", "без", "между", "перед", "также");

    /** The span without function words at its edges ("Из Манчестера" → "Манчестера"), or null if none is left. */
    static Tagged trimmed(List<Tokens.Token> sentence, Tagged t) {
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

    private static final Pattern ARTICLE_NAME =
            Pattern.compile("(?:аль|эль|ал|ад|ас|ат|ан|ар|аш|уль|бин|ибн|бен)-\\p{Lu}\\p{Ll}+");

    /**
     * People the tagger missed where the layout says "person": a name after an Arabic article (аль-Барадеи), and
     * capitalised words in a bracketed list right after a person ("Бернс (Сен-Луи, Хитли)", the assistants
     * of a goal) that the dictionary does not know as a place or an organisation. Repeated until nothing
     * changes, so a list grows from its first tagged name.
     */
    static List<Tagged> listedPeople(RussianLexicon lex, List<List<Tokens.Token>> sentences, List<Tagged> spans) {
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
                    boolean listed = DocumentConsistency.capitalised(w) && i >= 2 && !sentence.get(i).sentenceStart()
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

}
