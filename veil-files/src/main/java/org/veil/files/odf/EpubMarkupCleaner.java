package org.veil.files.odf;

import java.util.Locale;
import java.util.Set;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Cleans the book's XHTML chapters and its NCX table of contents. Chapters lose HTML comments, processing
 * instructions, every {@code <meta>} except the character set and the viewport (fixed-layout books need it),
 * and embedded SVG/RDF metadata blocks; chapters with scripts are refused. The NCX keeps only its structural head
 * entries (the uid, set to the new identifier, depth and page counts) and loses {@code docAuthor}.
 */
final class EpubMarkupCleaner {
    private static final Set<String> NCX_HEAD = Set.of("dtb:uid", "dtb:depth", "dtb:totalPageCount",
            "dtb:maxPageNumber");

    private EpubMarkupCleaner() {
    }

    static byte[] cleanXhtml(byte[] xml, String part) throws RefusedException {
        Document doc = SafeXml.parseEpubMarkup(xml, part);
        Dom.removeCommentsAndInstructions(doc);
        for (Element e : Dom.elements(doc.getDocumentElement())) {
            if (html(e, "script") || Dom.is(e, Ns.SVG, "script")) {
                throw new RefusedException("'" + part + "' contains scripts; Veil does not clean books with scripts");
            }
            if (html(e, "meta") && !harmlessMeta(e) || Dom.is(e, Ns.SVG, "metadata") || Ns.RDF.equals(e.getNamespaceURI())) {
                Dom.remove(e);
            }
        }
        return SafeXml.write(doc);
    }

    /** An XHTML element, also accepting the sloppy no-namespace HTML some converters write. */
    static boolean html(Element e, String localName) {
        String ns = e.getNamespaceURI();
        return (ns == null || ns.equals(Ns.XHTML)) && localName.equals(e.getLocalName());
    }

    /** {@code <meta charset>}, the Content-Type equivalent, or the viewport; nothing that says who or when. */
    static boolean harmlessMeta(Element meta) {
        String httpEquiv = Dom.attr(meta, null, "http-equiv");
        return meta.hasAttribute("charset") && !meta.hasAttribute("name") && !meta.hasAttribute("content")
                || httpEquiv != null && httpEquiv.toLowerCase(Locale.ROOT).equals("content-type")
                || "viewport".equals(Dom.attr(meta, null, "name"));
    }

    static byte[] cleanNcx(byte[] xml, String part, String identifier) throws RefusedException {
        Document doc = SafeXml.parseEpubMarkup(xml, part);
        Dom.removeCommentsAndInstructions(doc);
        for (Element e : Dom.elements(doc.getDocumentElement())) {
            if (Dom.is(e, Ns.NCX, "docAuthor")) {
                Dom.remove(e);
            } else if (Dom.is(e, Ns.NCX, "meta")) {
                String name = Dom.attr(e, null, "name");
                if (!NCX_HEAD.contains(name)) {
                    Dom.remove(e);
                } else if (name.equals("dtb:uid")) {
                    e.setAttribute("content", identifier);
                }
            }
        }
        return SafeXml.write(doc);
    }
}
