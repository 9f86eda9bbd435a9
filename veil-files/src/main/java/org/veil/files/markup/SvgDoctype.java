package org.veil.files.markup;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.files.RefusedException;

/**
 * The only DOCTYPE an SVG may have is the standard one (old editors write it); it is removed before parsing and
 * never loaded. Any other DOCTYPE is refused before an XML parser sees it, above all one with an internal subset:
 * entity declarations are how XXE (reading local files) and billion-laughs attacks work.
 */
final class SvgDoctype {
    private static final Pattern STANDARD = Pattern.compile(
            "<!DOCTYPE\\s+svg\\s+PUBLIC\\s+(\"[^\"]*\"|'[^']*')(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*>");
    private static final Set<String> PUBLIC_IDS = Set.of("-//W3C//DTD SVG 1.0//EN", "-//W3C//DTD SVG 1.1//EN",
            "-//W3C//DTD SVG 1.1 Basic//EN", "-//W3C//DTD SVG 1.1 Tiny//EN", "-//W3C//DTD SVG 20010904//EN");

    private SvgDoctype() {
    }

    /** {@code svg} without its standard DOCTYPE; refuses any other. */
    static String strip(String svg) throws RefusedException {
        int at = svg.indexOf("<!DOCTYPE");
        if (at < 0) {
            return svg;
        }
        Matcher m = STANDARD.matcher(svg).region(at, svg.length());
        if (!m.lookingAt()) {
            int close = svg.indexOf('>', at);
            String decl = close < 0 ? svg.substring(at) : svg.substring(at, close);
            throw new RefusedException(decl.contains("[") || decl.contains("ENTITY")
                    ? "the SVG declares a DOCTYPE with an internal subset or entities (possible XXE attack)"
                    : "the SVG has a DOCTYPE that is not the standard SVG one");
        }
        String id = m.group(1).substring(1, m.group(1).length() - 1);
        if (!PUBLIC_IDS.contains(id)) {
            throw new RefusedException("the SVG has a DOCTYPE with an unknown public id '" + id + "'");
        }
        return svg.substring(0, at) + svg.substring(m.end());
    }
}
