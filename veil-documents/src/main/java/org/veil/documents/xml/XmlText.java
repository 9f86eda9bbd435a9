package org.veil.documents.xml;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.veil.documents.DocumentRefused;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The independent re-read of a ZIP-based document: every XML part, every text node and every attribute value,
 * with no knowledge of how the document was parsed or rewritten. Text nodes of one paragraph are joined (so a
 * name split over runs is seen whole); attribute values each stand on their own line.
 */
public final class XmlText {
    /** Elements that end a line of text in OOXML and ODF (paragraphs, headings, breaks, tabs, spaces). */
    private static final Set<String> BREAKS = Set.of("p", "h", "br", "cr", "tab", "line-break", "s", "tc", "tr");

    private XmlText() {
    }

    /** Part name → its text and attribute values, for every XML part of the package. */
    public static Map<String, String> byPart(byte[] zip, String what) throws DocumentRefused {
        ZipParts parts = ZipParts.read(zip, what);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parts.names()) {
            byte[] data = parts.get(name).orElseThrow();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                StringBuilder text = new StringBuilder();
                StringBuilder attributes = new StringBuilder();
                walk(XmlPart.parse(data, name), text, attributes);
                out.put(name, text + "\n\n" + attributes);
            } else if (name.equals("mimetype")) {
                out.put(name, new String(data, StandardCharsets.US_ASCII));
            }
        }
        return out;
    }

    private static void walk(Node node, StringBuilder text, StringBuilder attributes) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(n.getNodeValue());
                case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> text.append('\n')
                        .append(n.getNodeValue()).append('\n');
                case Node.ELEMENT_NODE -> {
                    NamedNodeMap attrs = n.getAttributes();
                    for (int i = 0; i < attrs.getLength(); i++) {
                        attributes.append(((Attr) attrs.item(i)).getValue()).append('\n');
                    }
                    boolean breaks = BREAKS.contains(n.getLocalName());
                    if (breaks) {
                        text.append('\n');
                    }
                    walk(n, text, attributes);
                    if (breaks) {
                        text.append('\n');
                    }
                }
                default -> { }
            }
        }
    }
}
