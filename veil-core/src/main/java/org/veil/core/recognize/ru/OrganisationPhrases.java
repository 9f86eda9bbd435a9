package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veil.core.recognize.ru.DocumentConsistency.Tagged;

/**
 * Multi-word organisation names the tagger cuts short. Russian names an organisation by a head noun with
 * adjectives before it and genitives after it ("Федеральное авиационное управление", "Комитет защиты
 * журналистов", "Союз координационных советов"); the tagger often finds only the head. This pass grows an
 * organisation span that holds a head noun over the adjectives right before it and the lower-case genitive
 * words right after it, and takes in a capitalised adjective the tagger called a place ("Атлантический
 * альянс", "Арбитражный суд").
 */
final class OrganisationPhrases {
    /** Genitive endings of nouns and adjectives, singular and plural. */
    private static final String[] GENITIVE = {"ов", "ев", "ей", "ий", "ых", "их", "ого", "его", "ой", "ы", "и", "а",
        "я"};
    /** Words with genitive-looking endings that never continue a name. */
    private static final Set<String> STOP = Set.of("его", "её", "ее", "их", "этого", "этой", "того", "той", "всего",
            "всей", "всех", "которого", "которой", "которых", "своего", "своей", "своих", "сам", "сами", "также",
            "тоже", "или", "и", "а", "но", "да", "из", "для", "при", "без", "после", "около", "против", "года",
            "году", "лет", "дня", "числа", "более", "менее", "очень", "уже", "ещё", "еще", "были", "было", "была",
            "стали", "стала", "мы", "вы", "они", "он", "она", "оно", "ли", "бы", "же", "нет", "не", "ни", "ей", "ой",
            "многих", "других", "другой", "одной", "одного", "каждой", "каждого", "своими", "такой", "такого");
    private static final int MAX_RIGHT = 3;
    /** Endings of reflexive and past-tense verbs ("вернулся", "заявила"), which look genitive but end a name. */
    private static final String[] VERB = {"ся", "сь", "ила", "ела", "ыла", "яла", "или", "ели", "ыли", "яли"};

    private OrganisationPhrases() {
    }

    static List<Tagged> apply(List<List<Tokens.Token>> sentences,
            List<Tagged> spans) {
        List<Tagged> sorted = new ArrayList<>(spans);
        sorted.addAll(describedHeads(sentences, spans));
        sorted.sort(Comparator.comparingInt(Tagged::sentence)
                .thenComparingInt(Tagged::from));
        List<Tagged> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            Tagged t = sorted.get(k);
            List<Tokens.Token> sentence = sentences.get(t.sentence());
            Tagged next = k + 1 < sorted.size() && sorted.get(k + 1).sentence() == t.sentence()
                    ? sorted.get(k + 1) : null;
            // "Атлантический альянс": a capitalised adjective called a place, right before an organisation head.
            if (t.type().equals("LOC") && t.to() - t.from() == 1 && next != null && next.type().equals("ORG")
                    && next.from() == t.to() && RussianGazetteer.adjectival(sentence.get(t.from()).text())
                    && RussianGazetteer.INSTANCE.isOrgHead(sentence.get(next.from()).text())) {
                sorted.set(k + 1, new Tagged(t.sentence(), t.from(), next.to(), "ORG"));
                continue;
            }
            int limitLeft = out.isEmpty() || out.get(out.size() - 1).sentence() != t.sentence() ? 0
                    : out.get(out.size() - 1).to();
            int from = t.from();
            if (t.type().equals("ORG")) {
                // компании Oracle, газета «Ведомости»: the head noun before the name belongs to it.
                int h = from - 1;
                if (h >= limitLeft && (sentence.get(h).text().equals("«") || sentence.get(h).text().equals("\""))) {
                    h--;
                }
                if (h >= limitLeft && Character.isLowerCase(sentence.get(h).text().charAt(0))
                        && RussianGazetteer.INSTANCE.isOrgHead(sentence.get(h).text())) {
                    from = h;
                }
            }
            if (!t.type().equals("ORG") || from == t.from() && !holdsHead(sentence, t)) {
                out.add(t);
                continue;
            }
            while (from - 1 >= limitLeft && RussianGazetteer.adjectival(sentence.get(from - 1).text())
                    && !STOP.contains(lower(sentence.get(from - 1).text()))) {
                from--;
            }
            int to = t.to();
            int limitRight = next == null ? sentence.size() : next.from();
            if (RussianGazetteer.INSTANCE.isOrgHead(sentence.get(t.to() - 1).text())) {
                int added = 0;
                while (to < limitRight && added < MAX_RIGHT && genitive(sentence.get(to).text())) {
                    to++;
                    added++;
                }
            }
            out.add(new Tagged(t.sentence(), from, to, "ORG"));
        }
        return out;
    }

    /** Adjectives that make a head noun one particular body: "российском министерстве", "Федеральное управление". */
    private static final List<String> PARTICULAR = List.of("российск", "американск", "японск", "китайск", "европейск",
            "британск", "немецк", "германск", "французск", "украинск", "израильск", "грузинск", "турецк", "итальянск",
            "московск", "петербургск", "федеральн", "международн", "всемирн", "верховн", "конституционн",
            "арбитражн", "президентск", "центральн");

    /**
     * An untagged head noun with adjectives before it that make it one particular body: the first adjective
     * capitalised in mid-sentence, or one of country, city or federal level ("японского дипломатического
     * ведомства", "американском музее").
     */
    private static List<Tagged> describedHeads(List<List<Tokens.Token>> sentences,
            List<Tagged> spans) {
        boolean[][] covered = DocumentConsistency.Tagged.covered(sentences, spans);
        List<Tagged> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            boolean[] cov = covered[s];
            for (int i = 1; i < sentence.size(); i++) {
                String head = sentence.get(i).text();
                if (cov[i] || !Character.isLowerCase(head.charAt(0)) || !RussianGazetteer.cyrillic(head)
                        || !RussianGazetteer.INSTANCE.isOrgHead(head)) {
                    continue;
                }
                int from = i;
                while (from - 1 >= 0 && !cov[from - 1] && RussianGazetteer.adjectival(sentence.get(from - 1).text())
                        && !STOP.contains(lower(sentence.get(from - 1).text()))) {
                    from--;
                }
                if (from == i) {
                    continue;
                }
                String first = sentence.get(from).text();
                boolean capital = Character.isUpperCase(first.charAt(0)) && !sentence.get(from).sentenceStart();
                String l = lower(first);
                if (capital || PARTICULAR.stream().anyMatch(l::startsWith)) {
                    out.add(new Tagged(s, from, i + 1, "ORG"));
                    for (int k = from; k <= i; k++) {
                        cov[k] = true;
                    }
                }
            }
        }
        return out;
    }

    private static boolean holdsHead(List<Tokens.Token> sentence, Tagged t) {
        for (int i = t.from(); i < t.to(); i++) {
            if (RussianGazetteer.INSTANCE.isOrgHead(sentence.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean genitive(String w) {
        if (w.length() < 3 || !Character.isLowerCase(w.charAt(0)) || !RussianGazetteer.cyrillic(w)
                || STOP.contains(w)) {
            return false;
        }
        for (String e : VERB) {
            if (w.endsWith(e)) {
                return false;
            }
        }
        for (String e : GENITIVE) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
