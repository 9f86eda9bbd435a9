package org.veil.files.odf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM walks shared by the ODF and EPUB cleaners. */
final class Dom {
    private Dom() {
    }

    /** Every element under (and including) {@code root}, in document order; a snapshot safe to edit while looping. */
    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Element> out) {
        if (n.getNodeType() == Node.ELEMENT_NODE) {
            out.add((Element) n);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, out);
        }
    }

    static boolean is(Element e, String ns, String localName) {
        return ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    /** Removes the node unless an ancestor was already removed in the same pass. */
    static void remove(Node n) {
        if (n.getParentNode() != null) {
            n.getParentNode().removeChild(n);
        }
    }

    /** Removes comments and processing instructions, which no reader needs and which can carry anything. */
    static int removeCommentsAndInstructions(Node n) {
        int removed = 0;
        Node c = n.getFirstChild();
        while (c != null) {
            Node next = c.getNextSibling();
            short t = c.getNodeType();
            if (t == Node.COMMENT_NODE || t == Node.PROCESSING_INSTRUCTION_NODE) {
                n.removeChild(c);
                removed++;
            } else {
                removed += removeCommentsAndInstructions(c);
            }
            c = next;
        }
        return removed;
    }

    /** The first child element with this name, or null. */
    static Element child(Element parent, String ns, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && is((Element) c, ns, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** Child elements only. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** The attribute's value, or null when absent (DOM returns "" for both). */
    static String attr(Element e, String ns, String localName) {
        return e.hasAttributeNS(ns, localName) ? e.getAttributeNS(ns, localName) : null;
    }
}
