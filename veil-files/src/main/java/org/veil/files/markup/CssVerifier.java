package org.veil.files.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The independent check for CSS, by one regular expression rather than the cleaner's scanner: strings and
 * unquoted url() tokens are matched (and skipped) first, so whatever {@code /*} is left is a real comment.
 */
final class CssVerifier {
    private static final Pattern TOKENS = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S])*\"|'(?:[^'\\\\\\n]|\\\\[\\s\\S])*'"
                    + "|(?<![\\w-])url\\(\\s*[^\\s'\")][^)]*\\)|\\\\[\\s\\S]|(/\\*)", Pattern.CASE_INSENSITIVE);

    private CssVerifier() {
    }

    static List<String> residue(String css, String where) {
        List<String> residue = new ArrayList<>();
        Matcher m = TOKENS.matcher(css);
        while (m.find()) {
            if (m.group(1) != null) {
                residue.add("comment in " + where + " at line " + MarkupText.lineOf(css, m.start()));
            }
        }
        return residue;
    }
}
