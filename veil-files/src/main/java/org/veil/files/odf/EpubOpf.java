package org.veil.files.odf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Rewrites the package document's metadata to the minimum EPUB requires, as mat2 does: one identifier (a fresh
 * random urn:uuid, so the book cannot be matched to a store's or a library's record), the title(s) and
 * language(s) (the title is content and readers need both), and for EPUB 3 the required {@code dcterms:modified},
 * set to the fixed {@link #FIXED_MODIFIED} (the same instant as the ZIP timestamps). An EPUB 2 cover pointer
 * ({@code <meta name="cover">}) is kept because readers use it to show the cover; it names only a manifest item.
 * Fixed-layout keywords ({@code rendition:layout} and friends) are kept because the pages need them.
 * Creators, contributors, publisher, dates, rights, descriptions, subjects, sources, every other meta (calibre's
 * included), links to metadata records and the package's prefix map go. Manifest, spine and guide are untouched.
 */
final class EpubOpf {
    static final String FIXED_MODIFIED = "1980-01-01T00:00:00Z";

    private EpubOpf() {
    }

    static byte[] rewrite(byte[] opf, String part, String identifier) throws RefusedException {
        Document doc = SafeXml.parse(opf, part);
        Element root = doc.getDocumentElement();
        Element metadata = Dom.child(root, Ns.OPF, "metadata");
        if (!Dom.is(root, Ns.OPF, "package") || metadata == null) {
            throw new RefusedException("'" + part + "' is not an EPUB package document with metadata");
        }
        Dom.removeCommentsAndInstructions(doc);
        List<Element> titles = new ArrayList<>();
        List<Element> languages = new ArrayList<>();
        String cover = null;
        List<Element> rendition = new ArrayList<>();
        Set<String> itemIds = itemIds(root);
        for (Element e : Dom.elements(metadata)) {
            if (Dom.is(e, Ns.DC, "title")) {
                titles.add(e);
            } else if (Dom.is(e, Ns.DC, "language")) {
                languages.add(e);
            } else if (Dom.is(e, Ns.OPF, "meta") && "cover".equals(Dom.attr(e, null, "name"))
                    && itemIds.contains(Dom.attr(e, null, "content"))) {
                cover = Dom.attr(e, null, "content");
            } else if (isRendition(e)) {
                rendition.add(e);
            }
        }
        while (metadata.getFirstChild() != null) {
            metadata.removeChild(metadata.getFirstChild());
        }
        String uidRef = Dom.attr(root, null, "unique-identifier");
        if (uidRef == null || !uidRef.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            uidRef = "uid";
        }
        root.setAttribute("unique-identifier", uidRef);
        root.removeAttribute("prefix");
        Element id = dc(doc, metadata, "identifier", identifier);
        id.setAttribute("id", uidRef);
        for (Element t : titles) {
            Element title = dc(doc, metadata, "title", t.getTextContent().strip());
            copyLanguage(t, title);
        }
        for (Element l : languages) {
            dc(doc, metadata, "language", l.getTextContent().strip());
        }
        String version = String.valueOf(Dom.attr(root, null, "version"));
        if (version.startsWith("3")) {
            Element modified = meta(doc, metadata);
            modified.setAttribute("property", "dcterms:modified");
            modified.setTextContent(FIXED_MODIFIED);
        }
        for (Element r : rendition) {
            Element m = meta(doc, metadata);
            m.setAttribute("property", r.getAttribute("property"));
            m.setTextContent(r.getTextContent().strip());
        }
        if (cover != null) {
            Element m = meta(doc, metadata);
            m.setAttribute("name", "cover");
            m.setAttribute("content", cover);
        }
        // EPUB 3 collections may carry metadata of their own.
        for (Element e : Dom.elements(root)) {
            if (e != metadata && Dom.is(e, Ns.OPF, "metadata")) {
                Dom.remove(e);
            }
        }
        doc.setXmlStandalone(true);
        return SafeXml.write(doc);
    }

    /**
     * A book-wide fixed-layout instruction such as {@code rendition:layout pre-paginated}: without it a
     * fixed-layout book falls apart, and its value is one keyword from a closed list.
     */
    static boolean isRendition(Element meta) {
        String property = Dom.attr(meta, null, "property");
        return Dom.is(meta, Ns.OPF, "meta") && property != null && property.matches("rendition:[a-z-]+")
                && !meta.hasAttribute("refines") && meta.getTextContent().strip().matches("[a-z-]{1,30}");
    }

    private static Set<String> itemIds(Element root) {
        Set<String> ids = new HashSet<>();
        Element manifest = Dom.child(root, Ns.OPF, "manifest");
        if (manifest != null) {
            for (Element item : Dom.children(manifest)) {
                ids.add(item.getAttribute("id"));
            }
        }
        return ids;
    }

    private static Element dc(Document doc, Element metadata, String name, String text) {
        Element e = doc.createElementNS(Ns.DC, "dc:" + name);
        e.setTextContent(text);
        metadata.appendChild(e);
        return e;
    }

    private static Element meta(Document doc, Element metadata) {
        Element e = doc.createElementNS(Ns.OPF, metadata.getPrefix() == null ? "meta" : metadata.getPrefix() + ":meta");
        metadata.appendChild(e);
        return e;
    }

    private static void copyLanguage(Element from, Element to) {
        String lang = from.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        if (!lang.isEmpty()) {
            to.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", lang);
        }
        String dir = Dom.attr(from, null, "dir");
        if (dir != null) {
            to.setAttribute("dir", dir);
        }
    }
}
