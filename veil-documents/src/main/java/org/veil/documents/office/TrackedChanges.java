package org.veil.documents.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Accepts every tracked change in a WordprocessingML part before its text is read, so deleted text is gone
 * before detection and cannot survive in the output: deletions and moved-away text are removed (with a row
 * whose deletion was tracked), insertions and moved-in text are kept without their wrapper, and the old
 * properties of formatting changes are dropped.
 */
final class TrackedChanges {
    private static final Set<String> REMOVED = Set.of("del", "moveFrom", "delText", "delInstrText", "rPrChange",
            "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
            "tblPrExChange", "numberingChange", "cellDel", "moveFromRangeStart", "moveFromRangeEnd",
            "moveToRangeStart", "moveToRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlMoveFromRangeStart",
            "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd");
    private static final Set<String> UNWRAPPED = Set.of("ins", "moveTo", "cellIns", "cellMerge");

    private TrackedChanges() {
    }

    /** Accepts the changes in {@code doc}; returns whether anything changed. */
    static boolean accept(Document doc) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Docx.isWord(e) && (REMOVED.contains(e.getLocalName()) || UNWRAPPED.contains(e.getLocalName()))) {
                found.add(e);
            }
        }
        for (Element e : found) {
            if (e.getParentNode() == null || !attached(e, doc)) {
                continue; // inside something already removed
            }
            Node parent = e.getParentNode();
            if (e.getLocalName().equals("del") && parent instanceof Element p && Docx.isWord(p)
                    && p.getLocalName().equals("trPr") && p.getParentNode() != null
                    && p.getParentNode().getParentNode() != null) {
                Node row = p.getParentNode();
                row.getParentNode().removeChild(row);
            } else if (REMOVED.contains(e.getLocalName())) {
                parent.removeChild(e);
            } else {
                while (e.getFirstChild() != null) {
                    parent.insertBefore(e.getFirstChild(), e);
                }
                parent.removeChild(e);
            }
        }
        return !found.isEmpty();
    }

    private static boolean attached(Node n, Document doc) {
        for (Node p = n; p != null; p = p.getParentNode()) {
            if (p == doc) {
                return true;
            }
        }
        return false;
    }
}
