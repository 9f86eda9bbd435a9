package org.veil.files.odf;

import org.veil.files.xml.HardenedXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The cleaners' XML reader and writer: namespace-aware DOM with every external fetch switched off. Office parts
 * may not have a DOCTYPE at all; XHTML and NCX parts may have one only if it is a well-known public identifier with
 * no internal subset, and the DTD is never loaded (so no entity can be declared or fetched).
 */
final class SafeXml {
    /** A DOCTYPE an EPUB part may carry: root name and the exact external ids (null for none). */
    record Doctype(String name, String publicId, String systemId) {
        String declaration() {
            if (publicId != null) {
                return "<!DOCTYPE " + name + " PUBLIC \"" + publicId + "\" \"" + systemId + "\">";
            }
            if (systemId != null) {
                return "<!DOCTYPE " + name + " SYSTEM \"" + systemId + "\">";
            }
            return "<!DOCTYPE " + name + ">";
        }
    }

    /** The standard XHTML and NCX declarations seen in EPUBs; nothing else is accepted. */
    static final Set<Doctype> EPUB_DOCTYPES = Set.of(
            new Doctype("html", null, null),
            new Doctype("html", null, "about:legacy-compat"),
            new Doctype("html", "-//W3C//DTD XHTML 1.1//EN", "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"),
            new Doctype("html", "-//W3C//DTD XHTML 1.0 Strict//EN",
                    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"),
            new Doctype("html", "-//W3C//DTD XHTML 1.0 Transitional//EN",
                    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"),
            new Doctype("ncx", "-//NISO//DTD ncx 2005-1//EN", "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd"));

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private SafeXml() {
    }

    /** Parses an office or package part; any DOCTYPE is refused. */
    static Document parse(byte[] xml, String part) throws RefusedException {
        return parse(xml, part, true);
    }

    /** Parses an XHTML or NCX part, which may carry one of {@link #EPUB_DOCTYPES} and nothing more. */
    static Document parseEpubMarkup(byte[] xml, String part) throws RefusedException {
        if (new String(xml, StandardCharsets.ISO_8859_1).contains("<!ENTITY")) {
            throw new RefusedException("'" + part + "' declares XML entities; refused");
        }
        Document doc = parse(XhtmlEntities.toNumeric(xml, part), part, false);
        if (hasEntityReference(doc)) {
            throw new RefusedException("'" + part + "' uses an entity that is not declared; refused rather than drop it");
        }
        DocumentType dt = doc.getDoctype();
        if (dt != null) {
            if (dt.getInternalSubset() != null && !dt.getInternalSubset().isBlank()
                    || dt.getEntities().getLength() > 0 || dt.getNotations().getLength() > 0) {
                throw new RefusedException("'" + part + "' has a DOCTYPE with declarations of its own; refused");
            }
            if (doctypeOf(doc) == null) {
                throw new RefusedException("'" + part + "' has an unusual DOCTYPE (" + dt.getPublicId() + " "
                        + dt.getSystemId() + "); refused");
            }
        }
        return doc;
    }

    private static boolean hasEntityReference(Node n) {
        if (n.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
            return true;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (hasEntityReference(c)) {
                return true;
            }
        }
        return false;
    }

    /** The accepted DOCTYPE a parsed EPUB part carries, or null when it has none or an unknown one. */
    static Doctype doctypeOf(Document doc) {
        DocumentType dt = doc.getDoctype();
        if (dt == null) {
            return null;
        }
        Doctype d = new Doctype(dt.getName(), dt.getPublicId(), dt.getSystemId());
        return EPUB_DOCTYPES.contains(d) ? d : null;
    }

    private static Document parse(byte[] xml, String part, boolean refuseDoctype) throws RefusedException {
        try {
            DocumentBuilder b = HardenedXml.documentBuilder(refuseDoctype);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (refuseDoctype && msg.contains("DOCTYPE")) {
                throw new RefusedException("'" + part + "' has a DOCTYPE, which office parts never need; refused");
            }
            throw new RefusedException("'" + part + "' is not well-formed XML (" + msg + ")");
        } catch (IOException | ParserConfigurationException e) {
            throw new RefusedException("'" + part + "' could not be read as XML (" + e.getMessage() + ")");
        }
    }

    /** An empty namespace-aware document to build a part from scratch. */
    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 with an XML declaration, and the document's DOCTYPE when it has an accepted one. */
    static byte[] write(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
        Doctype d = doctypeOf(doc);
        if (d != null) {
            out.writeBytes((d.declaration() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            Transformer t = HardenedXml.transformer();
            t.transform(new DOMSource(doc.getDocumentElement()), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
