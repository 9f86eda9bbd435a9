package org.veil.documents.office;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.TextEdit;
import org.veil.documents.TextPieces;
import org.veil.documents.xml.PackageFormat;
import org.veil.documents.xml.XmlPart;
import org.veil.documents.xml.ZipParts;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One Word document read for anonymizing: every place its text lives, in reading order (body; headers, footers,
 * notes and other parts; then image descriptions, link targets and document properties), as {@link TextPieces}
 * bound to the DOM nodes and attributes they came from. Tracked changes are accepted first. Comments are not
 * read: the scrub that follows removes them with their anchors.
 */
final class Docx implements PackageFormat.Package {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /**
     * Document properties people write (core, app and custom); statistics, dates, the application and its
     * version are left to the scrub step, which empties them.
     */
    private static final Set<String> PROPERTIES = Set.of("title", "subject", "creator", "keywords", "description",
            "lastModifiedBy", "category", "contentStatus", "Company", "Manager", "HyperlinkBase", "lpwstr", "lpstr",
            "bstr");
    private static final String DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private final ZipParts zip;
    private final Map<String, Document> parsed = new LinkedHashMap<>();
    private final List<String> dirty = new ArrayList<>();
    private final TextPieces pieces = new TextPieces();

    private Docx(ZipParts zip) {
        this.zip = zip;
    }

    static Docx read(byte[] content) throws DocumentRefused {
        refuseOle2(content);
        Docx d = new Docx(ZipParts.read(content, "Word document"));
        d.refuseMacros();
        d.collect();
        return d;
    }

    /** Password-protected Office documents are OLE2 compound files holding an "EncryptedPackage" stream. */
    static void refuseOle2(byte[] c) throws DocumentRefused {
        if (c.length >= 8 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF && (c[2] & 0xFF) == 0x11
                && (c[3] & 0xFF) == 0xE0) {
            throw new DocumentRefused("the document is encrypted (password-protected) or a legacy .doc; remove the "
                    + "password and save it as .docx first; nothing was written");
        }
    }

    private void refuseMacros() throws DocumentRefused {
        for (String name : zip.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                throw new DocumentRefused("the document contains macros ('" + name + "'); save it as .docx without "
                        + "macros first; nothing was written");
            }
        }
        String types = new String(zip.get("[Content_Types].xml").orElseThrow(
                () -> new DocumentRefused("not a Word document ([Content_Types].xml is missing)")),
                StandardCharsets.UTF_8);
        if (types.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw new DocumentRefused("the document is macro-enabled (.docm); save it as .docx without macros "
                    + "first; nothing was written");
        }
        if (zip.get("word/document.xml").isEmpty()) {
            throw new DocumentRefused("not a Word document (word/document.xml is missing)");
        }
    }

    private void collect() throws DocumentRefused {
        List<String> stories = new ArrayList<>();
        stories.add("word/document.xml");
        for (String name : zip.names()) {
            if (name.startsWith("word/") && name.endsWith(".xml") && !name.equals("word/document.xml")
                    && !isComments(name)) {
                stories.add(name);
            }
        }
        for (String name : stories) {
            Document doc = parse(name);
            if (TrackedChanges.accept(doc)) {
                dirty.add(name);
            }
            walk(name, doc.getDocumentElement());
            pieces.endParagraph();
        }
        for (String name : zip.names()) {
            if (name.startsWith("docProps/") && name.endsWith(".xml")) {
                properties(name, parse(name).getDocumentElement());
                pieces.endParagraph();
            } else if (name.startsWith("word/_rels/") && name.endsWith(".rels")) {
                links(name, parse(name).getDocumentElement());
                pieces.endParagraph();
            }
        }
    }

    private static boolean isComments(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return file.startsWith("comments") || name.contains("/threadedComments/") || file.equals("people.xml");
    }

    private Document parse(String name) throws DocumentRefused {
        Document doc = XmlPart.parse(zip.get(name).orElseThrow(), name);
        parsed.put(name, doc);
        return doc;
    }

    static boolean isWord(Element e) {
        String ns = e.getNamespaceURI();
        return ns != null && (ns.endsWith("/wordprocessingml/2006/main") || ns.endsWith("/wordprocessingml/main"));
    }

    private void walk(String part, Element e) {
        boolean word = isWord(e);
        String local = e.getLocalName();
        if (word && (local.equals("t") || local.equals("instrText"))
                || DRAWING_MAIN.equals(e.getNamespaceURI()) && local.equals("t")) {
            pieces.piece(e.getTextContent(), text -> {
                e.setTextContent(text);
                if (word && !text.equals(text.strip())) {
                    e.setAttributeNS(XML_NS, "xml:space", "preserve");
                }
                markDirty(part);
            });
            return;
        }
        if (word && local.equals("tab")) {
            pieces.separator("\t");
        } else if (word && (local.equals("br") || local.equals("cr"))) {
            pieces.separator("\n");
        } else if (local.equals("docPr") || local.equals("cNvPr")) {
            attribute(part, e.getAttributeNode("title"));
            attribute(part, e.getAttributeNode("descr"));
        } else if (word && local.equals("fldSimple")) {
            attribute(part, e.getAttributeNodeNS(e.getNamespaceURI(), "instr"));
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(part, child);
            }
        }
        if (word && local.equals("p")) {
            pieces.endParagraph();
        }
    }

    /** An attribute's value as a piece of its own line. */
    private void attribute(String part, Attr a) {
        if (a == null || a.getValue().isBlank()) {
            return;
        }
        pieces.separator("\n");
        pieces.piece(a.getValue(), text -> {
            a.setValue(text);
            markDirty(part);
        });
        pieces.separator("\n");
    }

    /** Document properties: the text of those in {@link #PROPERTIES}. */
    private void properties(String part, Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                properties(part, child);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()
                    && PROPERTIES.contains(e.getLocalName())) {
                Node text = n;
                pieces.piece(n.getNodeValue(), s -> {
                    text.setNodeValue(s);
                    markDirty(part);
                });
                pieces.endParagraph();
            }
        }
    }

    /** Targets of external relationships (hyperlinks, mailto:). */
    private void links(String part, Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element rel && "External".equals(rel.getAttribute("TargetMode"))) {
                Attr target = rel.getAttributeNode("Target");
                if (target != null) {
                    pieces.piece(target.getValue(), s -> {
                        target.setValue(s);
                        markDirty(part);
                    });
                    pieces.endParagraph();
                }
            }
        }
    }

    private void markDirty(String part) {
        if (!dirty.contains(part)) {
            dirty.add(part);
        }
    }

    @Override
    public String text() {
        return pieces.text();
    }

    /** The package with the edits written into their runs and attributes, and every picture covered. */
    @Override
    public byte[] rewrite(List<TextEdit> edits, EmbeddedImages images) throws DocumentRefused {
        pieces.apply(edits);
        for (String name : dirty) {
            zip.put(name, XmlPart.serialize(parsed.get(name)));
        }
        for (String name : zip.names()) {
            if (name.startsWith("word/media/")) {
                zip.put(name, images.cover(name, zip.get(name).orElseThrow()));
            }
        }
        return zip.write();
    }
}
