package org.veil.files.odf;

import java.util.Base64;
import org.veil.files.CleanContext;
import org.veil.files.RefusedException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Cleans content.xml and styles.xml. Tracked changes are resolved the way "accept all" would: the change
 * records (who, when, and the deleted text) go with {@code text:tracked-changes}, and the markers in the body are
 * dropped so inserted text simply stays. Comments (annotations), stray Dublin Core / meta elements, XML comments
 * and LibreOffice's editing-session ids (rsid, which link documents edited in the same session) are removed.
 * Everything else, including every character of the text, is kept.
 */
final class OdfBodyCleaner {
    private final CleanContext context;
    private final String part;

    private OdfBodyCleaner(CleanContext context, String part) {
        this.context = context;
        this.part = part;
    }

    static byte[] clean(byte[] xml, String part, CleanContext context) throws RefusedException {
        Document doc = SafeXml.parse(xml, part);
        Dom.removeCommentsAndInstructions(doc);
        new OdfBodyCleaner(context, part).walk(doc.getDocumentElement());
        doc.setXmlStandalone(true);
        return SafeXml.write(doc);
    }

    /** Whether this element is change tracking, a comment, or metadata that has no place in the body. */
    static boolean removable(Element e) {
        String ns = e.getNamespaceURI();
        String name = e.getLocalName();
        if (Ns.DC.equals(ns) || Ns.META.equals(ns)) {
            return true;
        }
        if (Ns.TEXT.equals(ns)) {
            return name.equals("tracked-changes") || name.equals("change-start") || name.equals("change-end")
                    || name.equals("change");
        }
        if (Ns.TABLE.equals(ns)) {
            return name.equals("tracked-changes");
        }
        if (Ns.OFFICE.equals(ns)) {
            return name.equals("annotation") || name.equals("annotation-end") || name.equals("change-info");
        }
        if (Ns.OFFICEOOO.equals(ns)) {
            return name.equals("annotation") || name.equals("annotation-end");
        }
        return false;
    }

    private void walk(Element e) throws RefusedException {
        if (Dom.is(e, Ns.OFFICE, "script") || Dom.is(e, Ns.SCRIPT, "event-listener")) {
            throw new RefusedException("'" + part + "' contains macros or script hooks; Veil does not clean "
                    + "documents with macros");
        }
        removeSessionIds(e);
        if (Dom.is(e, Ns.OFFICE, "binary-data")) {
            cleanInlineFile(e);
            return;
        }
        Node c = e.getFirstChild();
        while (c != null) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element child = (Element) c;
                if (Dom.is(child, Ns.OFFICE, "scripts")) {
                    walk(child); // refuses real scripts; what is left is an empty container LibreOffice always writes
                    e.removeChild(child);
                } else if (removable(child)) {
                    e.removeChild(child);
                } else {
                    walk(child);
                }
            }
            c = next;
        }
    }

    private static void removeSessionIds(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (Ns.OFFICEOOO.equals(a.getNamespaceURI()) && a.getLocalName().endsWith("rsid")) {
                e.removeAttributeNode(a);
            }
        }
    }

    /** A picture stored inline as base64 is cleaned like any embedded file, then stored back. */
    private void cleanInlineFile(Element e) throws RefusedException {
        byte[] data;
        try {
            data = Base64.getMimeDecoder().decode(e.getTextContent().strip());
        } catch (IllegalArgumentException ex) {
            throw new RefusedException("'" + part + "' holds inline binary data that is not valid base64");
        }
        byte[] cleaned = context.cleanEmbedded(data, part + " inline object");
        e.setTextContent(Base64.getEncoder().encodeToString(cleaned));
    }
}
