package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.recognize.ru.DocumentConsistency.Tagged;

/**
 * Place names with their common-noun head: "реки Славянки", "города Феникс", "площади Тяньаньмынь",
 * "Боденским озером", "Кронштадтском бульваре". The tagger often reads the bare name as a person or a firm
 * ("Славянки" looks like a woman's name); the head noun says it is a place. A name right after a head noun,
 * or a capitalised adjective right before one, becomes a place together with the head.
 */
final class PlacePhrases {
    private static final int PERSON = RussianLexicon.GIVEN | RussianLexicon.SURNAME | RussianLexicon.PATRONYMIC
            | RussianLexicon.LISTED_GIVEN | RussianLexicon.LISTED_SURNAME | RussianLexicon.LISTED_PATRONYMIC;

    private PlacePhrases() {
    }

    static List<Tagged> apply(List<List<Tokens.Token>> sentences,
            List<Tagged> spans) {
        RussianGazetteer gaz = RussianGazetteer.INSTANCE;
        boolean[][] covered = DocumentConsistency.Tagged.covered(sentences, spans);
        List<Tagged> out = new ArrayList<>();
        for (Tagged t : spans) {
            List<Tokens.Token> sentence = sentences.get(t.sentence());
            boolean[] cov = covered[t.sentence()];
            int from = t.from();
            int to = t.to();
            String first = sentence.get(from).text();
            // Not "в округе Виктора Ишаева": a person's name after a place noun stays a person.
            boolean named = t.type().equals("ORG") ? !allCaps(first) : !t.type().equals("PER") || to - from == 1
                    && (RussianLexicon.bundled().marks(first) & PERSON) == 0;
            if (named && from > 0 && !cov[from - 1] && lowerCyrillic(sentence.get(from - 1).text())
                    && gaz.isPlaceHead(sentence.get(from - 1).text())) {
                from--;
            } else if (to - from == 1 && to < sentence.size() && !cov[to] && capitalAdjective(first)
                    && lowerCyrillic(sentence.get(to).text()) && gaz.isPlaceHead(sentence.get(to).text())) {
                to++;
            } else {
                out.add(t);
                continue;
            }
            out.add(new Tagged(t.sentence(), from, to, "LOC"));
            cov[from] = true;
            cov[to - 1] = true;
        }
        // Untagged: "реку Славянку" where the tagger saw nothing.
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            boolean[] cov = covered[s];
            for (int i = 1; i < sentence.size(); i++) {
                String w = sentence.get(i).text();
                if (!cov[i] && !cov[i - 1] && Character.isUpperCase(w.charAt(0)) && RussianGazetteer.cyrillic(w)
                        && !allCaps(w)
                        && lowerCyrillic(sentence.get(i - 1).text()) && gaz.isPlaceHead(sentence.get(i - 1).text())) {
                    out.add(new Tagged(s, i - 1, i + 1, "LOC"));
                    cov[i] = true;
                }
            }
        }
        out.sort(Comparator.comparingInt(Tagged::sentence)
                .thenComparingInt(Tagged::from));
        return out;
    }

    private static boolean capitalAdjective(String w) {
        return w.length() >= 5 && Character.isUpperCase(w.charAt(0)) && RussianGazetteer.adjectival(w);
    }

    private static boolean lowerCyrillic(String w) {
        return Character.isLowerCase(w.charAt(0)) && RussianGazetteer.cyrillic(w);
    }


    private static boolean allCaps(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(1));
    }
}
