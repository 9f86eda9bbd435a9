package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.core.recognize.tagger.FeatureExtractor;
import org.veil.core.recognize.tagger.Features;

/**
 * Features of one token for the Russian tagger: the word, its endings (Russian marks case and gender in
 * suffixes: Лужкова, Москвы), its shape, its neighbours, and the previous decisions.
 */
final class RussianFeatures {
    private RussianFeatures() {
    }

    /**
     * The features for the shared tagger: the same strings as the model was trained on, hashed whole, so the
     * string-keyed model file reads into the hashed table unchanged.
     */
    static final FeatureExtractor<List<Tokens.Token>> EXTRACTOR = new FeatureExtractor<>() {
        @Override
        public int length(List<Tokens.Token> sentence) {
            return sentence.size();
        }

        @Override
        public void extract(List<Tokens.Token> sentence, int i, String prev1, String prev2, Features out) {
            for (String f : of(sentence, i, prev1, prev2)) {
                out.add(f);
            }
        }
    };

    static List<String> of(List<Tokens.Token> tokens, int i, String prev1, String prev2) {
        Tokens.Token t = tokens.get(i);
        String w = t.text();
        String lw = w.toLowerCase(Locale.ROOT);
        List<String> f = new ArrayList<>(32);
        f.add("bias");
        f.add("w=" + lw);
        f.add("shape=" + shape(w));
        for (int k = 1; k <= 5 && k < lw.length(); k++) {
            f.add("suf" + k + "=" + lw.substring(lw.length() - k));
        }
        if (lw.length() > 3) {
            f.add("pre3=" + lw.substring(0, 3));
        }
        f.add("start=" + t.sentenceStart());
        f.add("p1=" + prev1);
        f.add("p1p2=" + prev1 + "|" + prev2);
        f.add("p1shape=" + prev1 + "|" + shape(w));
        String pw = i > 0 ? tokens.get(i - 1).text() : "<S>";
        String nw = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "</S>";
        f.add("pw=" + pw.toLowerCase(Locale.ROOT));
        f.add("nw=" + nw.toLowerCase(Locale.ROOT));
        f.add("pshape=" + shape(pw));
        f.add("nshape=" + shape(nw));
        f.add("nsuf3=" + suffix(nw, 3));
        f.add("psuf3=" + suffix(pw, 3));
        // "реки Славянки", "реке Славянке": the head word before a name in any case form.
        if (Character.isLowerCase(pw.charAt(0)) && pw.length() > 3) {
            f.add("pstem=" + RussianGazetteer.stem(pw) + "|" + shape(w));
        }
        f.add("nshape|shape=" + shape(nw) + "|" + shape(w));
        RussianGazetteer gaz = RussianGazetteer.INSTANCE;
        if (gaz.isPlace(w)) {
            f.add("gaz=place");
        }
        if (gaz.isGivenName(w)) {
            f.add("gaz=given");
        }
        if (gaz.isGivenName(pw)) {
            f.add("gaz=prev-given");
        }
        if (gaz.isGivenName(nw)) {
            f.add("gaz=next-given");
        }
        if (gaz.isOrgHead(w)) {
            f.add("gaz=org");
        }
        if (gaz.isOrgHead(pw)) {
            f.add("gaz=prev-org");
        }
        String pw2 = i > 1 ? tokens.get(i - 2).text() : "<S>";
        if (gaz.isOrgHead(pw2)) {
            f.add("gaz=prev2-org");
        }
        orgRun(f, tokens, i, gaz);
        int open = openingQuote(tokens, i);
        f.add("quoted=" + (open >= 0));
        if (open >= 0) {
            // «Киевская неделя», компания «Озон»: the word before the quote says what the quoted name is.
            String head = open > 0 ? tokens.get(open - 1).text().toLowerCase(Locale.ROOT) : "<S>";
            f.add("qhead=" + head);
            f.add("qhead-stem=" + RussianGazetteer.stem(head));
            f.add("qfirst=" + (open == i - 1));
        }
        f.add("stem=" + RussianGazetteer.stem(w));
        int[] marks = MARKS.get().of(tokens);
        lexical(f, "", w, marks[i], true);
        if (i > 0) {
            lexical(f, "p", pw, marks[i - 1], false);
        }
        if (i + 1 < tokens.size()) {
            lexical(f, "n", nw, marks[i + 1], false);
        }
        return f;
    }

    /**
     * "Комитет защиты журналистов", "Союз координационных советов": a capitalised organisation head a few
     * words back with only lower-case words between continues into them.
     */
    private static void orgRun(List<String> f, List<Tokens.Token> tokens, int i, RussianGazetteer gaz) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = tokens.get(k).text();
            if (Character.isUpperCase(w.charAt(0))) {
                if (gaz.isOrgHead(w)) {
                    f.add("orgrun=" + (i - k) + "|" + shape(tokens.get(i).text()));
                    f.add("orgrun-suf2=" + suffix(tokens.get(i).text(), 2));
                }
                return;
            }
            if (!Character.isLetter(w.charAt(0))) {
                return;
            }
        }
    }

    /**
     * Dictionary marks of each token of the sentence being tagged, looked up once per sentence rather than
     * three times (as the word, and as a neighbour twice).
     */
    private static final class SentenceMarks {
        private List<Tokens.Token> tokens;
        private int[] marks;

        int[] of(List<Tokens.Token> sentence) {
            if (sentence != tokens) {
                RussianLexicon lex = RussianLexicon.bundled();
                marks = new int[sentence.size()];
                for (int k = 0; k < marks.length; k++) {
                    String w = sentence.get(k).text();
                    if (Character.isLetter(w.charAt(0))) {
                        marks[k] = Character.isUpperCase(w.charAt(0)) ? lex.marksWithListed(w) : lex.marks(w);
                    }
                }
                tokens = sentence;
            }
            return marks;
        }
    }

    private static final ThreadLocal<SentenceMarks> MARKS = ThreadLocal.withInitial(SentenceMarks::new);

    /** Dictionary marks of a word (given name, surname, patronymic, place, organisation; listed names). */
    private static void lexical(List<String> f, String where, String w, int marks, boolean own) {
        if (marks == 0) {
            return;
        }
        boolean capital = Character.isUpperCase(w.charAt(0));
        List<String> names = RussianLexicon.names(marks);
        String set = String.join("", names);
        f.add(where + "lexset=" + set + "|" + capital);
        if (own) {
            for (String n : names) {
                f.add("lex=" + n + "|" + capital);
            }
        }
    }

    /**
     * The index of the outermost opening « or “ or " that stands before the token in its sentence without a
     * closing one, or -1.
     */
    static int openingQuote(List<Tokens.Token> tokens, int i) {
        int open = 0;
        int at = -1;
        for (int k = 0; k < i; k++) {
            String t = tokens.get(k).text();
            if (t.equals("«") || t.equals("“") || t.equals("„")) {
                if (open++ == 0) {
                    at = k;
                }
            } else if ((t.equals("»") || t.equals("”")) && open > 0) {
                open--;
            } else if (t.equals("\"")) {
                if (open > 0) {
                    open--;
                } else {
                    open = 1;
                    at = k;
                }
            }
        }
        return open > 0 ? at : -1;
    }

    private static String suffix(String w, int k) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > k ? l.substring(l.length() - k) : l;
    }

    /** "Xx", "x", "X" (all caps), "d" (digits), "Xx-Xx", punctuation as itself; script prefixed. */
    static String shape(String w) {
        if (w.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != prev) {
                sb.append(s);
            }
            prev = s;
        }
        boolean cyr = Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        return (cyr ? "c" : "l") + sb;
    }
}
