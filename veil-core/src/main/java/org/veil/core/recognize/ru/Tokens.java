package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words, numbers and single punctuation marks with their UTF-16 offsets; sentences end at . ! ? or a blank line. */
public final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*|\\p{N}+|\\S");

    /** One token. */
    public record Token(int start, int end, String text, boolean sentenceStart) {
    }

    private Tokens() {
    }

    /** A matcher over the tokens of {@code text} (the same tokens as {@link #of}, without building them). */
    static Matcher matcher(String text) {
        return TOKEN.matcher(text);
    }

    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean newSentence = true;
        int last = 0;
        while (m.find()) {
            if (text.substring(last, m.start()).contains("\n\n")) {
                newSentence = true;
            }
            out.add(new Token(m.start(), m.end(), m.group(), newSentence));
            String t = m.group();
            newSentence = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…");
            last = m.end();
        }
        return out;
    }
}
