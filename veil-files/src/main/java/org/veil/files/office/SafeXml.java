package org.veil.files.office;

import org.veil.files.xml.HardenedXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Namespace-aware DOM for the cleaner, with DOCTYPE declarations refused outright: an Office part never needs one,
 * so a DOCTYPE or entity can only be an attack (billion laughs, external entities) or a tampered file.
 */
final class SafeXml {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /** A DOM takes several times its source in memory; past this a part is refused rather than risk running out. */
    private static final int MAX_PART_BYTES = 128 << 20;

    private SafeXml() {
    }

    static Document parse(byte[] xml, String part) throws RefusedException {
        if (xml.length > MAX_PART_BYTES) {
            throw new RefusedException("'" + part + "' is " + (xml.length >> 20) + " MiB of XML, more than Veil "
                    + "loads at once (" + (MAX_PART_BYTES >> 20) + " MiB)");
        }
        try {
            DocumentBuilder builder = HardenedXml.documentBuilder(true);
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            if (doc.getDoctype() != null) {
                throw hostile(part);
            }
            String ns = doc.getDocumentElement().getNamespaceURI();
            if (ns != null && ns.startsWith(OfficeNs.STRICT_PREFIX)) {
                throw new RefusedException("'" + part + "' uses Strict Open XML, which Veil does not clean; "
                        + "save it as a standard Word/Excel/PowerPoint document");
            }
            return doc;
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw hostile(part);
            }
            throw new RefusedException("'" + part + "' is not well-formed XML (line " + e.getLineNumber() + ": "
                    + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            throw new RefusedException("'" + part + "' cannot be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured", e);
        }
    }

    static byte[] serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // Office writes standalone="yes", which the JDK serializer cannot emit; write the declaration here.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(DECLARATION.getBytes(StandardCharsets.US_ASCII));
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException | IOException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** Every element with this namespace and local name ("*" for any), copied out of the live list. */
    static List<Element> elements(Node root, String ns, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(ns, localName)
                : ((Element) root).getElementsByTagNameNS(ns, localName);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The element children of {@code parent}. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static boolean is(Node n, String ns, String localName) {
        return n instanceof Element && ns.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
    }

    static void remove(Node n) {
        if (n.getParentNode() != null) {
            n.getParentNode().removeChild(n);
        }
    }

    /** Replaces an element by its children (accepting a tracked insertion keeps what it wraps). */
    static void unwrap(Element e) {
        Node parent = e.getParentNode();
        if (parent == null) {
            return;
        }
        while (e.getFirstChild() != null) {
            parent.insertBefore(e.getFirstChild(), e);
        }
        parent.removeChild(e);
    }

    private static RefusedException hostile(String part) {
        return new RefusedException("'" + part + "' declares a DOCTYPE or entities, which Office files never do "
                + "(a hostile or tampered file?)");
    }
}
