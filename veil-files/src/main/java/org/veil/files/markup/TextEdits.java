package org.veil.files.markup;

/**
 * Rebuilds a text with some spans removed or replaced and every other character kept exactly. Edits must come
 * in ascending, non-overlapping order. A removal that leaves its line blank takes the whole line with it; one
 * that ends (starts) a line takes the blanks before (after) it; so dropping a comment or a meta tag leaves no
 * empty indented line or stray spaces behind.
 */
final class TextEdits {
    private final String source;
    private final StringBuilder out;
    private int copied;

    TextEdits(String source) {
        this.source = source;
        this.out = new StringBuilder(source.length());
    }

    void replace(int start, int end, String replacement) {
        out.append(source, copied, start).append(replacement);
        copied = end;
    }

    void remove(int start, int end) {
        int lineStart = start;
        while (lineStart > copied && isBlank(source.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < source.length() && isBlank(source.charAt(lineEnd))) {
            lineEnd++;
        }
        boolean startsLine = lineStart == 0 || source.charAt(lineStart - 1) == '\n';
        boolean endsLine = lineEnd == source.length() || source.charAt(lineEnd) == '\n' || source.charAt(lineEnd) == '\r';
        if (startsLine && endsLine) {
            if (source.startsWith("\r\n", lineEnd)) {
                lineEnd += 2;
            } else if (lineEnd < source.length()) {
                lineEnd++;
            }
            replace(lineStart, lineEnd, "");
        } else if (endsLine) {
            replace(lineStart, lineEnd, ""); // no trailing blanks left where the removed text ended the line
        } else if (startsLine) {
            replace(start, lineEnd, ""); // the indentation stays, the blanks after the removed text go
        } else {
            replace(start, end, "");
        }
    }

    String result() {
        return out.append(source, copied, source.length()).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
