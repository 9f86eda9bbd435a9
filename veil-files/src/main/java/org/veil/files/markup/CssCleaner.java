package org.veil.files.markup;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.CleanContext;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * CSS: comments are where authors, paths and tool versions hide, so every {@code /* ... *}{@code /} outside a
 * string or {@code url(...)} is removed and every other character is kept. A comment between two name
 * characters becomes one space, because removing it would join two tokens into one. An unterminated comment,
 * string or url() is refused: the file would not mean what it seems to.
 */
final class CssCleaner {
    /** One comment: where it starts and ends in the source. */
    record Comment(int start, int end) {
    }

    private CssCleaner() {
    }

    static String clean(String css, CleanContext context) throws RefusedException {
        return DataUris.clean(stripComments(css), context);
    }

    static String stripComments(String css) throws RefusedException {
        List<Comment> comments = comments(css);
        if (comments.isEmpty()) {
            return css;
        }
        TextEdits edits = new TextEdits(css);
        for (Comment c : comments) {
            if (c.start() > 0 && c.end() < css.length() && joins(css.charAt(c.start() - 1), css.charAt(c.end()))) {
                edits.replace(c.start(), c.end(), " ");
            } else {
                edits.remove(c.start(), c.end());
            }
        }
        return edits.result();
    }

    static List<MetadataItem> inspect(String css) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        for (Comment c : comments(css)) {
            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "CSS comment",
                    MarkupText.excerpt(css.substring(c.start() + 2, c.end() - 2))));
        }
        items.addAll(DataUris.list(css));
        return items;
    }

    /** Every comment in {@code css}, in order; refuses an unterminated comment, string or url(). */
    static List<Comment> comments(String css) throws RefusedException {
        List<Comment> found = new ArrayList<>();
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped character is part of a name, never the start of anything
            } else if (c == '"' || c == '\'') {
                i = endOfString(css, i);
            } else if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new RefusedException("unterminated CSS comment at line " + MarkupText.lineOf(css, i));
                }
                found.add(new Comment(i, close + 2));
                i = close + 2;
            } else if (startsUnquotedUrl(css, i)) {
                i = endOfUrl(css, i);
            } else {
                i++;
            }
        }
        return found;
    }

    private static int endOfString(String css, int open) throws RefusedException {
        char quote = css.charAt(open);
        for (int i = open + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r' || c == '\f') {
                break;
            }
        }
        throw new RefusedException("unterminated CSS string at line " + MarkupText.lineOf(css, open));
    }

    /** {@code url(} not followed by a quote: its contents are one token in which comments do not exist. */
    private static boolean startsUnquotedUrl(String css, int i) {
        if (!css.regionMatches(true, i, "url(", 0, 4) || i > 0 && isNameChar(css.charAt(i - 1))) {
            return false;
        }
        int j = skipSpace(css, i + 4);
        return j < css.length() && css.charAt(j) != '"' && css.charAt(j) != '\'';
    }

    private static int endOfUrl(String css, int start) throws RefusedException {
        for (int i = start + 4; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ')') {
                return i + 1;
            }
        }
        throw new RefusedException("unterminated CSS url( at line " + MarkupText.lineOf(css, start));
    }

    private static int skipSpace(String css, int i) {
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether removing the comment between {@code before} and {@code after} would merge two tokens. */
    private static boolean joins(char before, char after) {
        boolean left = isNameChar(before) || "+-.@#\\".indexOf(before) >= 0;
        return left && isNameChar(after) || before == '/' && after == '*';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c > 0x7F;
    }
}
