package org.veil.core.verify;

import java.util.ArrayList;
import java.util.List;

/** Word tokens: maximal runs of letters, digits and combining marks, at code-point offsets. */
public final class Tokens {
    public record Token(int start, int end, String text) {
    }

    private Tokens() {
    }

    public static List<Token> of(String text) {
        return of(text.codePoints().toArray());
    }

    static List<Token> of(int[] cps) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (!isWordChar(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < cps.length && isWordChar(cps[i])) {
                i++;
            }
            out.add(new Token(start, i, new String(cps, start, i - start)));
        }
        return out;
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
