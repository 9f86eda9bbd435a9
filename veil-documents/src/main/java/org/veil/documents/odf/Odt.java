package org.veil.documents.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.w3c.dom.NodeList;

/**
 * One OpenDocument text read for anonymizing: the body (paragraphs, headings, tables, frames, text boxes, notes)
 * from content.xml, headers and footers from styles.xml, link targets and the document properties of meta.xml,
 * as {@link TextPieces} bound to their DOM nodes. Tracked changes are accepted first (the change records, which
 * hold deleted text, go; inserted text stays) and comments (annotations) are removed.
 */
final class Odt implements PackageFormat.Package {
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Set<String> CHANGE_MARKS = Set.of("tracked-changes", "change", "change-start", "change-end");
    private static final Set<String> COMMENTS = Set.of("annotation", "annotation-end");
    /** meta.xml fields people write; statistics, dates, language and generator are left to the scrub step. */
    private static final Set<String> PROPERTIES = Set.of("title", "subject", "description", "keyword", "creator",
            "initial-creator", "printed-by", "user-defined");

    private final ZipParts zip;
    private final Map<String, Document> parsed = new LinkedHashMap<>();
    private final TextPieces pieces = new TextPieces();

    private Odt(ZipParts zip) {
        this.zip = zip;
    }

    static Odt read(byte[] content) throws DocumentRefused {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new DocumentRefused("the document is an OLE2 file (encrypted or legacy), not an OpenDocument text; "
                    + "nothing was written");
        }
        Odt odt = new Odt(ZipParts.read(content, "OpenDocument text"));
        odt.refuseWhatCannotBeRead();
        for (String name : List.of("content.xml", "styles.xml")) {
            if (odt.zip.get(name).isPresent()) {
                Element root = odt.parse(name).getDocumentElement();
                odt.walk(root, false);
                odt.pieces.endParagraph();
            }
        }
        if (odt.zip.get("meta.xml").isPresent()) {
            odt.properties(odt.parse("meta.xml").getDocumentElement());
        }
        return odt;
    }

    private void refuseWhatCannotBeRead() throws DocumentRefused {
        String mime = new String(zip.get("mimetype").orElse(new byte[0]), StandardCharsets.US_ASCII).trim();
        if (!mime.startsWith("application/vnd.oasis.opendocument.text")) {
            throw new DocumentRefused("not an OpenDocument text (mimetype '" + mime + "'); nothing was written");
        }
        String manifest = new String(zip.get("META-INF/manifest.xml").orElse(new byte[0]), StandardCharsets.UTF_8);
        if (manifest.contains("encryption-data")) {
            throw new DocumentRefused("the document is encrypted (password-protected); remove the password first; "
                    + "nothing was written");
        }
        for (String name : zip.names()) {
            if (name.startsWith("Basic/") || name.startsWith("Scripts/") || name.equals("META-INF/macrosignatures.xml")) {
                throw new DocumentRefused("the document contains macros ('" + name + "'); save it without macros "
                        + "first; nothing was written");
            }
        }
        if (zip.get("content.xml").isEmpty()) {
            throw new DocumentRefused("not an OpenDocument text (content.xml is missing); nothing was written");
        }
    }

    private Document parse(String name) throws DocumentRefused {
        Document doc = XmlPart.parse(zip.get(name).orElseThrow(), name);
        removeChangesAndComments(doc);
        parsed.put(name, doc);
        return doc;
    }

    /** Accept all changes (their records hold the deleted text) and drop comments, before anything is read. */
    private static void removeChangesAndComments(Document doc) {
        List<Element> gone = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (TEXT.equals(e.getNamespaceURI()) && CHANGE_MARKS.contains(e.getLocalName())
                    || OFFICE.equals(e.getNamespaceURI()) && COMMENTS.contains(e.getLocalName())) {
                gone.add(e);
            }
        }
        for (Element e : gone) {
            if (e.getParentNode() != null) {
                e.getParentNode().removeChild(e);
            }
        }
    }

    private void walk(Element e, boolean inParagraph) {
        String local = e.getLocalName();
        boolean text = TEXT.equals(e.getNamespaceURI());
        boolean paragraph = text && (local.equals("p") || local.equals("h"));
        if (text && local.equals("s")) {
            String c = e.getAttributeNS(TEXT, "c");
            pieces.separator(" ".repeat(c.matches("\\d{1,3}") ? Integer.parseInt(c) : 1));
            return;
        }
        if (text && local.equals("tab")) {
            pieces.separator("\t");
            return;
        }
        if (text && local.equals("line-break")) {
            pieces.separator("\n");
            return;
        }
        if ((text || DRAW.equals(e.getNamespaceURI())) && local.equals("a")) {
            Attr href = e.getAttributeNodeNS(XLINK, "href");
            if (href != null && !href.getValue().isBlank()) {
                pieces.separator("\n");
                pieces.piece(href.getValue(), href::setValue);
                pieces.separator("\n");
            }
        }
        if (paragraph) {
            pieces.endParagraph();
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, inParagraph || paragraph);
            } else if (n.getNodeType() == Node.TEXT_NODE
                    && (inParagraph || paragraph || !n.getNodeValue().isBlank())) {
                Node node = n;
                pieces.piece(n.getNodeValue(), node::setNodeValue);
                if (!(inParagraph || paragraph)) {
                    pieces.endParagraph(); // a title, description or author outside paragraphs
                }
            }
        }
        if (paragraph) {
            pieces.endParagraph();
        }
    }

    private void properties(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                properties(child);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()
                    && PROPERTIES.contains(e.getLocalName())) {
                Node node = n;
                pieces.piece(n.getNodeValue(), node::setNodeValue);
                pieces.endParagraph();
            }
        }
    }

    @Override
    public String text() {
        return pieces.text();
    }

    /** The package with the edits written back, every part re-serialized, and every picture covered. */
    @Override
    public byte[] rewrite(List<TextEdit> edits, EmbeddedImages images) throws DocumentRefused {
        pieces.apply(edits);
        for (Map.Entry<String, Document> part : parsed.entrySet()) {
            zip.put(part.getKey(), XmlPart.serialize(part.getValue()));
        }
        for (String name : zip.names()) {
            if (name.startsWith("Pictures/") && !name.endsWith("/")) {
                zip.put(name, images.cover(name, zip.get(name).orElseThrow()));
            }
        }
        return zip.write();
    }
}
