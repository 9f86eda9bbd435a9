package org.veil.documents.markup;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.documents.DocumentRefused;

/**
 * Reads an HTML page's text for anonymizing: the text between tags (entities decoded), the text of title,
 * script and style elements, and the attribute values that people read or follow (alt, title, href, content,
 * value, placeholder, label, aria-label). Tags, comments and every other byte are left as they are. Block
 * elements end a paragraph; inline ones do not, so a name split by {@code <b>} is seen whole.
 */
final class HtmlReader {
    private static final Set<String> ATTRIBUTES = Set.of("alt", "title", "href", "content", "value", "placeholder",
            "label", "aria-label", "summary", "abbr");
    private static final Set<String> RAW = Set.of("script", "style");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "td", "th", "table", "section", "article", "header", "footer", "nav", "aside", "blockquote",
            "pre", "hr", "title", "dt", "dd", "dl", "figure", "figcaption", "form", "main", "body", "head", "html",
            "option", "textarea", "caption", "address", "script", "style", "meta", "img");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlReader() {
    }

    static void read(SourceText source) throws DocumentRefused {
        String s = source.source();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int lt = s.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                text(source, i, textEnd);
            }
            if (lt < 0) {
                break;
            }
            if (s.startsWith("<!--", lt)) {
                i = after(s, "-->", lt + 4, "comment");
            } else if (s.startsWith("<!", lt) || s.startsWith("<?", lt)) {
                i = after(s, ">", lt + 2, "declaration");
            } else if (s.startsWith("</", lt)) {
                int end = after(s, ">", lt + 2, "end tag");
                if (BLOCKS.contains(tagName(s, lt + 2))) {
                    source.pieces().endParagraph();
                }
                i = end;
            } else if (lt + 1 < n && Character.isLetter(s.charAt(lt + 1))) {
                String name = tagName(s, lt + 1);
                i = tag(source, lt + 1 + name.length());
                if (BLOCKS.contains(name)) {
                    source.pieces().endParagraph();
                }
                if (RAW.contains(name)) {
                    int close = s.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                    if (close < 0) {
                        throw new DocumentRefused("the page has an unterminated <" + name + "> element; nothing was "
                                + "written");
                    }
                    if (close > i) {
                        // Raw text has no entities; a replacement must not close the element early.
                        source.piece(i, close, s.substring(i, close), t -> t.replace("</", "<\\/"));
                    }
                    i = close;
                }
            } else {
                text(source, lt, lt + 1);
                i = lt + 1;
            }
        }
    }

    private static void text(SourceText source, int start, int end) {
        source.piece(start, end, decode(source.source().substring(start, end)), HtmlReader::escapeText);
    }

    /** Reads a start tag's attributes from {@code i}; returns the index after its {@code >}. */
    private static int tag(SourceText source, int i) throws DocumentRefused {
        String s = source.source();
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String attr = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n || s.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int valueStart;
            int valueEnd;
            boolean quoted = i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'');
            if (quoted) {
                char q = s.charAt(i);
                valueStart = i + 1;
                valueEnd = s.indexOf(q, valueStart);
                if (valueEnd < 0) {
                    throw new DocumentRefused("the page has an unterminated attribute value; nothing was written");
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (ATTRIBUTES.contains(attr) && valueEnd > valueStart) {
                source.pieces().separator("\n");
                source.piece(valueStart, valueEnd, decode(s.substring(valueStart, valueEnd)),
                        quoted ? HtmlReader::escapeAttribute : t -> "\"" + escapeAttribute(t) + "\"");
                source.pieces().separator("\n");
            }
        }
        throw new DocumentRefused("the page has an unterminated tag; nothing was written");
    }

    private static String tagName(String s, int from) {
        int end = from;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-'
                || s.charAt(end) == ':')) {
            end++;
        }
        return s.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private static int after(String s, String close, int from, String what) throws DocumentRefused {
        int at = s.indexOf(close, from);
        if (at < 0) {
            throw new DocumentRefused("the page has an unterminated " + what + "; nothing was written");
        }
        return at + close.length();
    }

    /** The common entities and character references; any other stays as written. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> {
                    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        return m.appendTail(out).toString();
    }

    /** Escapes markup characters; an {@code &} that starts an entity left undecoded stays one. */
    private static String escapeText(String s) {
        return s.replaceAll("&(?![A-Za-z][A-Za-z0-9]*;|#)", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeAttribute(String s) {
        return escapeText(s).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The independent re-read: the whole page with entities decoded, then again without its tags. */
    static String everyText(String html) {
        return decode(html) + "\n\n" + decode(TAG.matcher(html).replaceAll(""));
    }
}
