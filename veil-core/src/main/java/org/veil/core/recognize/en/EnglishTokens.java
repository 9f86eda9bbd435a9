package org.veil.core.recognize.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words, numbers and punctuation with their UTF-16 offsets, split into sentences. Unlike the Russian
 * tokenizer, a possessive 's is its own token ("Smith" is the name in "Smith's") and the full stop of a
 * title or an initial stays on its word, so "Mr. J. Smith" is not cut into three sentences.
 */
public final class EnglishTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "['’][sS]\\b|\\p{N}*[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:-[\\p{L}\\p{M}\\p{N}]+)*(?:['’](?![sS]\\b)[\\p{L}\\p{M}]+)*|\\p{N}+(?:[.,:/]\\p{N}+)*|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos",
            "art", "arts", "para", "paras", "v", "vs", "co", "inc", "ltd", "jr", "sr", "gen", "col", "lt", "sgt",
            "capt", "rev", "hon", "mt", "ft", "corp", "dept", "univ", "messrs", "gov", "sen", "rep", "e.g", "i.e",
            "cf", "etc", "op", "cit", "pp", "p", "ch", "sec", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Sentences longer than this are cut: the tagger looks two tokens around, and lists can run for pages. */
    private static final int MAX_SENTENCE = 200;

    /** One token. */
    public record Token(int start, int end, String text) {
    }

    private EnglishTokens() {
    }

    /** The sentences of a text; a sentence ends at . ! ? (not after a title or an initial) or a blank line. */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (!current.isEmpty() && (blankLine(text, last, s) || current.size() >= MAX_SENTENCE)) {
                out.add(current);
                current = new ArrayList<>();
            }
            if (e < text.length() && text.charAt(e) == '.' && Character.isLetter(text.charAt(s))
                    && (initial(text, s, e) || ABBREVIATIONS.contains(text.substring(s, e).toLowerCase(Locale.ROOT)))) {
                e++;
                m.region(e, text.length());
            }
            String t = text.substring(s, e);
            current.add(new Token(s, e, t));
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…")) {
                out.add(current);
                current = new ArrayList<>();
            }
            last = e;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean initial(String text, int s, int e) {
        return e - s == 1 && Character.isUpperCase(text.charAt(s));
    }

    private static boolean blankLine(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n' && ++newlines == 2) {
                return true;
            }
        }
        return false;
    }
}
