package org.veil.documents.markup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.documents.DocumentFormat;
import org.veil.files.FileType;

/** The text-based families: HTML, Markdown and plain text. */
public final class TextFormats {
    /**
     * Emphasis marks that may split a name ({@code **Ivan** Petrov}): runs of * or _ that open before a
     * non-space or close after one, and are not inside a word (snake_case stays as it is).
     */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}\\\\*_])[*_]{1,3}(?=[^\\s*_])"
            + "|(?<=[^\\s*_])[*_]{1,3}(?![\\p{L}\\p{N}*_])");

    private TextFormats() {
    }

    public static DocumentFormat html() {
        return new SourceFormat("HTML", (type, name) -> type == FileType.HTML, HtmlReader::read,
                HtmlReader::everyText);
    }

    public static DocumentFormat markdown() {
        return new SourceFormat("Markdown", (type, name) -> type == FileType.TEXT && isMarkdown(name),
                TextFormats::readMarkdown, s -> s + "\n\n" + EMPHASIS.matcher(s).replaceAll(""));
    }

    public static DocumentFormat plainText() {
        return new SourceFormat("text", (type, name) -> type == FileType.TEXT,
                source -> source.piece(0, source.source().length()), s -> s);
    }

    private static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * Markdown is its own text: everything is read, code blocks, link texts and URLs, image alt text included
     * (names in code are still names); only emphasis marks are left out of the text so that a name split by
     * them is seen whole. They stay in the output where they were.
     */
    private static void readMarkdown(SourceText source) {
        String s = source.source();
        Matcher m = EMPHASIS.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                source.piece(from, m.start());
            }
            from = m.end();
        }
        if (from < s.length()) {
            source.piece(from, s.length());
        }
    }
}
