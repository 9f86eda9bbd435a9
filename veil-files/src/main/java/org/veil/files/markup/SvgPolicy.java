package org.veil.files.markup;

import java.util.Locale;
import java.util.Set;

/**
 * What may stay in a cleaned SVG, shared by the cleaner and the verifier. It is an allow-list of namespaces: the
 * drawing lives in SVG (and XHTML/MathML inside foreignObject), so elements and attributes of every other
 * namespace (Inkscape, Sodipodi, RDF, Dublin Core, Creative Commons, Illustrator, Sketch...) are editor state or
 * metadata that no renderer draws.
 */
final class SvgPolicy {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private static final Set<String> CONTENT_NAMESPACES = Set.of(SVG, XHTML, MATHML);
    private static final Set<String> DECLARABLE = Set.of(SVG, XLINK, XHTML, MATHML, XML, "");
    /**
     * Elements removed even in the SVG namespace: metadata blocks, active content, and the title and description
     * (editors fill them with the document's name or the author's notes; tooltips are all a renderer makes of
     * them).
     */
    private static final Set<String> REMOVED = Set.of("metadata", "script", "title", "desc");

    private SvgPolicy() {
    }

    /** Whether an element of this namespace (null: none) belongs to the drawing. */
    static boolean contentElement(String ns, String localName) {
        return (ns == null || ns.isEmpty() || CONTENT_NAMESPACES.contains(ns))
                && !REMOVED.contains(localName.toLowerCase(Locale.ROOT));
    }

    /** Whether a non-declaration attribute of this namespace (null: none) may stay. */
    static boolean contentAttribute(String ns, String localName) {
        if (ns == null || ns.isEmpty()) {
            return !localName.toLowerCase(Locale.ROOT).startsWith("on"); // onload, onclick...: scripts
        }
        return ns.equals(XLINK) || ns.equals(XML);
    }

    /** Whether a namespace may still be declared ({@code xmlns:x="..."}). */
    static boolean declarable(String uri) {
        return DECLARABLE.contains(uri);
    }

    static boolean isHref(String ns, String localName) {
        return localName.equals("href") && (ns == null || ns.isEmpty() || ns.equals(XLINK));
    }

    /**
     * A reference that must not stay: a local file (file: URL, absolute or home path, Windows drive or share),
     * which names the author's account and folders, or a javascript: URL, which is a script.
     */
    static boolean forbiddenHref(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20]", "");
        return h.startsWith("file:") || h.startsWith("javascript:") || h.startsWith("~")
                || h.startsWith("/") && !h.startsWith("//") || h.startsWith("\\")
                || h.matches("^[a-z]:[\\\\/].*");
    }
}
