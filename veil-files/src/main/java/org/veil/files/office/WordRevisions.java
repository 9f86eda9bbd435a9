package org.veil.files.office;

import static org.veil.files.office.OfficeNs.W;

import java.util.List;
import java.util.Set;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Tracked changes in a WordprocessingML part, resolved the way "Accept all changes" would: insertions and moves-to
 * keep their content, deletions and moves-from lose it, and formatting-change history (the old formatting, with
 * its author and date) is dropped. Deleted text must go entirely: it is often exactly what the author wanted gone.
 */
final class WordRevisions {
    /** Removed with everything inside them. */
    private static final Set<String> DROPPED = Set.of("del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange",
            "tblPrChange", "tblPrExChange", "tcPrChange", "trPrChange", "tblGridChange", "numberingChange",
            "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
            "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
            "customXmlMoveToRangeEnd", "delText", "delInstrText");
    /** Replaced by their content. */
    private static final Set<String> UNWRAPPED = Set.of("ins", "moveTo");
    /** Accepting these would mean re-shaping a table grid; Veil asks the user to resolve them instead. */
    private static final Set<String> TABLE_CELL_CHANGES = Set.of("cellIns", "cellDel", "cellMerge");

    private WordRevisions() {
    }

    /** Every tracked-change element in the part, for inspection. */
    static List<Element> all(Document doc) {
        return SafeXml.elements(doc, W, "*").stream()
                .filter(e -> isChange(e.getLocalName()))
                .toList();
    }

    private static boolean isChange(String name) {
        return UNWRAPPED.contains(name) || name.equals("del") || name.equals("moveFrom") || name.endsWith("Change")
                || TABLE_CELL_CHANGES.contains(name);
    }

    static void acceptAll(Document doc, String part) throws RefusedException {
        for (Element e : SafeXml.elements(doc, W, "*")) {
            if (TABLE_CELL_CHANGES.contains(e.getLocalName())) {
                throw new RefusedException("'" + part + "' has tracked table-cell changes, which Veil cannot resolve;"
                        + " accept or reject all changes in the editor first");
            }
        }
        acceptDeletedRows(doc);
        acceptDeletedParagraphMarks(doc);
        for (Element e : SafeXml.elements(doc, W, "*")) {
            if (DROPPED.contains(e.getLocalName())) {
                SafeXml.remove(e);
            }
        }
        for (Element e : SafeXml.elements(doc, W, "*")) {
            if (UNWRAPPED.contains(e.getLocalName())) {
                SafeXml.unwrap(e);
            }
        }
    }

    /** A row whose properties say "deleted" goes; a table left without rows goes with it. */
    private static void acceptDeletedRows(Document doc) {
        for (Element trPr : SafeXml.elements(doc, W, "trPr")) {
            if (hasChild(trPr, "del") && SafeXml.is(trPr.getParentNode(), W, "tr")) {
                Node row = trPr.getParentNode();
                Node table = row.getParentNode();
                SafeXml.remove(row);
                if (table instanceof Element t && SafeXml.elements(t, W, "tr").isEmpty()) {
                    SafeXml.remove(t);
                }
            }
        }
    }

    /**
     * A deleted (or moved-away) paragraph mark joins the paragraph to the next one, which keeps its own
     * properties. Walked backwards so that a run of joined paragraphs ends up in order.
     */
    private static void acceptDeletedParagraphMarks(Document doc) {
        List<Element> paragraphs = SafeXml.elements(doc, W, "p");
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Element p = paragraphs.get(i);
            if (!markDeleted(p)) {
                continue;
            }
            Node next = nextElement(p);
            if (!SafeXml.is(next, W, "p")) {
                continue; // nothing to join: the marker alone is dropped later
            }
            Element target = (Element) next;
            Node anchor = target.getFirstChild();
            while (anchor != null && !(anchor instanceof Element)) {
                anchor = anchor.getNextSibling();
            }
            if (SafeXml.is(anchor, W, "pPr")) {
                anchor = anchor.getNextSibling();
            }
            for (Element child : SafeXml.children(p)) {
                if (!SafeXml.is(child, W, "pPr")) {
                    target.insertBefore(child, anchor);
                }
            }
            SafeXml.remove(p);
        }
    }

    private static boolean markDeleted(Element p) {
        for (Element pPr : SafeXml.children(p)) {
            if (SafeXml.is(pPr, W, "pPr")) {
                for (Element rPr : SafeXml.children(pPr)) {
                    if (SafeXml.is(rPr, W, "rPr") && (hasChild(rPr, "del") || hasChild(rPr, "moveFrom"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasChild(Element parent, String localName) {
        return SafeXml.children(parent).stream().anyMatch(c -> SafeXml.is(c, W, localName));
    }

    private static Node nextElement(Node n) {
        Node next = n.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next;
    }
}
