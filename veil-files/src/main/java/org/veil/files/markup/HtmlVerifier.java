package org.veil.files.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The independent check for HTML, by regular expressions rather than the cleaner's tokenizer: with the content
 * of raw-text elements blanked out, no comment, no unknown {@code <!...>}/{@code <?...>}, no meta tag outside
 * {@link HtmlMetaPolicy} and no author link may be left.
 */
final class HtmlVerifier {
    private static final String ATTRS = "((?:\"[^\"]*\"|'[^']*'|[^'\">])*)";
    private static final Pattern RAW_TEXT = Pattern.compile(
            "<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\\s/>])" + ATTRS + ">.*?(?=</\\1[\\s/>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style(?=[\\s/>])" + ATTRS + ">(.*?)</style[\\s/>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--");
    private static final Pattern BOGUS = Pattern.compile("<!(?!--|doctype|\\[CDATA\\[)|<\\?(?!xml\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta(?=[\\s/>])" + ATTRS + ">", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<link(?=[\\s/>])" + ATTRS + ">", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

    private HtmlVerifier() {
    }

    static List<String> residue(String html) {
        String markup = RAW_TEXT.matcher(html).replaceAll("");
        List<String> residue = new ArrayList<>();
        Matcher m = STYLE.matcher(html);
        while (m.find()) {
            residue.addAll(CssVerifier.residue(m.group(2), "<style>"));
        }
        m = COMMENT.matcher(markup);
        while (m.find()) {
            residue.add("HTML comment");
        }
        m = BOGUS.matcher(markup);
        while (m.find()) {
            residue.add("unknown HTML construct '" + m.group() + "'");
        }
        m = META.matcher(markup);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1));
            if (!HtmlMetaPolicy.allowedMeta(attrs)) {
                residue.add("meta " + HtmlMetaPolicy.label(attrs));
            }
        }
        m = LINK.matcher(markup);
        while (m.find()) {
            if (HtmlMetaPolicy.authorLink(attributes(m.group(1)))) {
                residue.add("link rel=author");
            }
        }
        return residue;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attrs = new HashMap<>();
        Matcher a = ATTR.matcher(text);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3)
                    : a.group(4) != null ? a.group(4) : "";
            attrs.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attrs;
    }
}
