package org.veil.files.office;

import static org.veil.files.office.OfficeNs.W;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.RefusedException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Cleans one content part in place: tracked changes accepted, comment anchors, revision ids (rsid), author and
 * date attributes, document ids and tracking settings removed, and references to parts the cleaner dropped
 * taken out. Everything else in the markup is left as it was.
 */
final class PartScrubber {
    /** WordprocessingML attributes that name a person, a time or an editing session. */
    private static final Set<String> WORD_ATTRIBUTES = Set.of("author", "date", "initials");
    /** WordprocessingML elements that are metadata, not content, wherever they occur. */
    private static final Set<String> WORD_ELEMENTS = Set.of("rsids", "rsid", "trackRevisions", "attachedTemplate",
            "docVars", "printerSettings", "commentRangeStart", "commentRangeEnd");
    /** Elements that may point to a dropped part and can go with it (the rest must not dangle). */
    private static final Set<String> DROPPABLE_REFERENCES = Set.of("printerSettings", "attachedTemplate",
            "legacyDrawing");

    private PartScrubber() {
    }

    static void scrub(Document doc, String part, Set<String> removedRelIds) throws RefusedException {
        WordRevisions.acceptAll(doc, part);
        removeCommentReferences(doc);
        for (Element e : SafeXml.elements(doc, W, "*")) {
            if (WORD_ELEMENTS.contains(e.getLocalName())) {
                SafeXml.remove(e);
            }
        }
        removeAll(doc, OfficeNs.W14, "docId");
        removeAll(doc, OfficeNs.W15, "docId");
        // Shared-workbook user, save history and the folder the workbook was last saved in.
        removeAll(doc, OfficeNs.X, "fileSharing");
        removeAll(doc, OfficeNs.XR, "revisionPtr");
        for (Element absPath : SafeXml.elements(doc, OfficeNs.X15AC, "absPath")) {
            removeWithEmptyAlternateContent(absPath);
        }
        scrubAttributes(doc.getDocumentElement());
        removeDanglingReferences(doc, part, removedRelIds);
    }

    /** The run holding a comment's reference mark goes with the mark when it holds nothing else. */
    private static void removeCommentReferences(Document doc) {
        for (Element ref : SafeXml.elements(doc, W, "commentReference")) {
            Node run = ref.getParentNode();
            SafeXml.remove(ref);
            if (SafeXml.is(run, W, "r")
                    && SafeXml.children((Element) run).stream().allMatch(c -> SafeXml.is(c, W, "rPr"))) {
                SafeXml.remove(run);
            }
        }
    }

    private static void removeAll(Document doc, String ns, String localName) {
        SafeXml.elements(doc, ns, localName).forEach(SafeXml::remove);
    }

    private static void removeWithEmptyAlternateContent(Element e) {
        Node parent = e.getParentNode();
        SafeXml.remove(e);
        while (parent instanceof Element p && OfficeNs.MC.equals(p.getNamespaceURI())
                && SafeXml.children(p).isEmpty()) {
            Node up = p.getParentNode();
            SafeXml.remove(p);
            parent = up;
        }
        if (parent instanceof Element p && SafeXml.is(p, OfficeNs.MC, "AlternateContent")
                && SafeXml.children(p).stream().noneMatch(c -> SafeXml.is(c, OfficeNs.MC, "Choice"))) {
            SafeXml.remove(p);
        }
    }

    private static void scrubAttributes(Element root) {
        for (Element e : SafeXml.elements(root.getOwnerDocument(), "*", "*")) {
            NamedNodeMap attrs = e.getAttributes();
            List<Attr> drop = new ArrayList<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String name = a.getLocalName();
                if (W.equals(a.getNamespaceURI()) && (name.startsWith("rsid") || WORD_ATTRIBUTES.contains(name))) {
                    drop.add(a);
                } else if (a.getNamespaceURI() == null && name.equals("refreshedBy")) {
                    drop.add(a); // the user who last refreshed a pivot table
                }
            }
            drop.forEach(e::removeAttributeNode);
        }
    }

    /**
     * A part must not refer by r:id to a relationship the cleaner removed; the few elements that only point to
     * removed metadata go, a page setup loses its printer reference, anything else is refused rather than broken.
     */
    private static void removeDanglingReferences(Document doc, String part, Set<String> removedRelIds)
            throws RefusedException {
        if (removedRelIds.isEmpty()) {
            return;
        }
        for (Element e : SafeXml.elements(doc, "*", "*")) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = attrs.getLength() - 1; i >= 0; i--) {
                Attr a = (Attr) attrs.item(i);
                boolean reference = OfficeNs.R.equals(a.getNamespaceURI())
                        || OfficeNs.VML_OFFICE.equals(a.getNamespaceURI()) && "relid".equals(a.getLocalName());
                if (!reference || !removedRelIds.contains(a.getValue())) {
                    continue;
                }
                if (DROPPABLE_REFERENCES.contains(e.getLocalName())) {
                    SafeXml.remove(e);
                    break;
                } else if (e.getLocalName().equals("pageSetup")) {
                    e.removeAttributeNode(a);
                } else {
                    throw new RefusedException("'" + part + "' uses a part that had to be removed (<"
                            + e.getTagName() + "> refers to it); nothing was written");
                }
            }
        }
    }
}
