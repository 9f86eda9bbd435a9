package org.veil.files.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * HTML, cleaned as mat2 does: comments, identifying {@code <meta>} tags and {@code <link rel="author">} are
 * removed, CSS comments inside {@code <style>} too (as in a stylesheet), and every other byte is kept; script
 * content is left exactly as it is. A small tokenizer (not a full parser, which Veil does not ship) finds
 * them: it knows raw-text elements such as {@code <script>} and {@code <style>}, whose content it leaves alone,
 * and it refuses what it cannot delimit (an unterminated comment, tag or quoted value, an unknown
 * {@code <!...>} or {@code <?...>} construct) instead of guessing.
 */
final class HtmlCleaner {
    /** Elements whose content is text up to their end tag: a "<!--" inside is not a comment. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    private enum Kind { COMMENT, META, AUTHOR_LINK, STYLE }

    /** A span of the source to remove, and what it was. */
    private record Found(Kind kind, int start, int end, String text, Map<String, String> attrs) {
    }

    private HtmlCleaner() {
    }

    static String clean(String html, CleanContext context) throws RefusedException {
        TextEdits edits = new TextEdits(html);
        for (Found f : scan(html)) {
            if (f.kind() == Kind.STYLE) {
                edits.replace(f.start(), f.end(), CssCleaner.stripComments(f.text()));
            } else {
                edits.remove(f.start(), f.end());
            }
        }
        return DataUris.clean(edits.result(), context);
    }

    static List<MetadataItem> inspect(String html) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        for (Found f : scan(html)) {
            switch (f.kind()) {
                case COMMENT -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "HTML comment",
                        MarkupText.excerpt(f.text())));
                case META -> {
                    String label = HtmlMetaPolicy.label(f.attrs());
                    items.add(new MetadataItem(MetadataNames.groupOf(label),
                            "meta " + label, MarkupText.excerpt(f.attrs().getOrDefault("content", ""))));
                }
                case AUTHOR_LINK -> items.add(new MetadataItem(MetadataGroup.PEOPLE, "link rel=author",
                        f.attrs().getOrDefault("href", "")));
                case STYLE -> items.addAll(CssCleaner.inspect(f.text()).stream()
                        .filter(i -> i.group() != MetadataGroup.EMBEDDED).toList()); // data: URIs are listed below
            }
        }
        items.addAll(DataUris.list(html));
        return items;
    }

    private static List<Found> scan(String s) throws RefusedException {
        List<Found> found = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = s.charAt(lt + 1);
            if (s.startsWith("<!--", lt)) {
                i = comment(s, lt, found);
            } else if (next == '!') {
                i = declaration(s, lt);
            } else if (next == '?') {
                i = xmlDeclaration(s, lt);
            } else if (next == '/' && lt + 2 < n && isAsciiLetter(s.charAt(lt + 2))) {
                i = new Tag(s, lt + 2).parse().end;
            } else if (isAsciiLetter(next)) {
                i = startTag(s, lt, found);
            } else {
                i = lt + 1; // a lone "<" is text
            }
        }
        return found;
    }

    private static int comment(String s, int start, List<Found> found) throws RefusedException {
        int end;
        if (s.startsWith("<!-->", start)) {
            end = start + 5;
        } else if (s.startsWith("<!--->", start)) {
            end = start + 6;
        } else {
            int close = s.indexOf("-->", start + 4);
            int bangClose = s.indexOf("--!>", start + 4);
            if (close < 0 && bangClose < 0) {
                throw new RefusedException("unterminated HTML comment at line " + MarkupText.lineOf(s, start));
            }
            end = close >= 0 && (bangClose < 0 || close < bangClose) ? close + 3 : bangClose + 4;
        }
        found.add(new Found(Kind.COMMENT, start, end, s.substring(start + 4, Math.max(start + 4, end - 3)), Map.of()));
        return end;
    }

    /** {@code <!DOCTYPE ...>} and {@code <![CDATA[...]]>} (inline SVG/MathML) stay; any other is refused. */
    private static int declaration(String s, int start) throws RefusedException {
        if (s.regionMatches(true, start, "<!doctype", 0, 9)) {
            return endOf(s, start, ">", "DOCTYPE");
        }
        if (s.startsWith("<![CDATA[", start)) {
            return endOf(s, start, "]]>", "CDATA section");
        }
        throw new RefusedException("unknown HTML construct '<!' at line " + MarkupText.lineOf(s, start));
    }

    private static int xmlDeclaration(String s, int start) throws RefusedException {
        if (s.startsWith("<?xml ", start)) {
            return endOf(s, start, "?>", "XML declaration");
        }
        throw new RefusedException("processing instruction or server code '<?' in HTML at line "
                + MarkupText.lineOf(s, start));
    }

    private static int endOf(String s, int start, String close, String what) throws RefusedException {
        int at = s.indexOf(close, start);
        if (at < 0) {
            throw new RefusedException("unterminated " + what + " at line " + MarkupText.lineOf(s, start));
        }
        return at + close.length();
    }

    private static int startTag(String s, int lt, List<Found> found) throws RefusedException {
        Tag tag = new Tag(s, lt + 1).parse();
        if (tag.name.equals("meta") && !HtmlMetaPolicy.allowedMeta(tag.attrs)) {
            found.add(new Found(Kind.META, lt, tag.end, "", tag.attrs));
        } else if (tag.name.equals("link") && HtmlMetaPolicy.authorLink(tag.attrs)) {
            found.add(new Found(Kind.AUTHOR_LINK, lt, tag.end, "", tag.attrs));
        } else if (tag.name.equals("plaintext")) {
            return s.length();
        } else if (RAW_TEXT.contains(tag.name)) {
            int end = endOfRawText(s, tag.end, tag.name);
            if (tag.name.equals("style")) {
                found.add(new Found(Kind.STYLE, tag.end, end, s.substring(tag.end, end), tag.attrs));
            }
            return end;
        }
        return tag.end;
    }

    /** The end of a raw-text element: its end tag, "</name" followed by a space, "/" or ">". */
    private static int endOfRawText(String s, int from, String name) throws RefusedException {
        for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 2)) {
            int after = at + 2 + name.length();
            if (s.regionMatches(true, at + 2, name, 0, name.length())
                    && (after >= s.length() || " \t\n\r\f/>".indexOf(s.charAt(after)) >= 0)) {
                return at;
            }
        }
        throw new RefusedException("<" + name + "> is never closed (line " + MarkupText.lineOf(s, from) + ")");
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A start or end tag from its name to its closing ">", with attributes as HTML tokenizes them. */
    private static final class Tag {
        private final String s;
        private int i;
        String name;
        final Map<String, String> attrs = new LinkedHashMap<>();
        int end;

        Tag(String s, int nameStart) {
            this.s = s;
            this.i = nameStart;
        }

        Tag parse() throws RefusedException {
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
                i++;
            }
            name = s.substring(start, i).toLowerCase(Locale.ROOT);
            while (true) {
                while (i < s.length() && (isSpace(s.charAt(i)) || s.charAt(i) == '/')) {
                    i++;
                }
                if (i >= s.length()) {
                    throw new RefusedException("unterminated <" + name + "> tag at line " + MarkupText.lineOf(s, start));
                }
                if (s.charAt(i) == '>') {
                    end = i + 1;
                    return this;
                }
                attribute();
            }
        }

        private void attribute() throws RefusedException {
            int start = i++; // the first character may be "="
            while (i < s.length() && !isSpace(s.charAt(i)) && "/>=".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String key = s.substring(start, i).toLowerCase(Locale.ROOT);
            skipSpace();
            String value = "";
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                skipSpace();
                value = value();
            }
            attrs.putIfAbsent(key, value);
        }

        private String value() throws RefusedException {
            if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                int close = s.indexOf(s.charAt(i), i + 1);
                if (close < 0) {
                    throw new RefusedException("unterminated attribute value in <" + name + "> at line "
                            + MarkupText.lineOf(s, i));
                }
                String v = s.substring(i + 1, close);
                i = close + 1;
                return v;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                i++;
            }
            return s.substring(start, i);
        }

        private void skipSpace() {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }
}
