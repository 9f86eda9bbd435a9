package org.veil.documents.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.veil.documents.DocumentRefused;
import org.veil.files.xml.HardenedXml;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses and writes one XML part of a document package through veil-files' hardened parser: no DTD, no external
 * entities, no XInclude, every error fatal. A part that does not parse refuses the whole document.
 */
public final class XmlPart {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

    private XmlPart() {
    }

    public static Document parse(byte[] data, String name) throws DocumentRefused {
        try {
            return HardenedXml.documentBuilder(true).parse(new ByteArrayInputStream(data));
        } catch (SAXException e) {
            throw new DocumentRefused("'" + name + "' is not well-formed XML or declares a DOCTYPE (corrupt or "
                    + "hostile document); nothing was written");
        } catch (IOException | ParserConfigurationException e) {
            throw new DocumentRefused("'" + name + "' could not be read: " + e.getMessage());
        }
    }

    public static byte[] serialize(Document doc) throws DocumentRefused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DECLARATION);
        try {
            HardenedXml.transformer().transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new DocumentRefused("a part could not be written back: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
