package org.veil.files.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The well-known fields of an XMP packet, for {@code scrub show}; read with DTDs and entities disabled. */
final class XmpFields {
    private static final Map<String, MetadataGroup> KNOWN = Map.ofEntries(
            Map.entry("dc:creator", MetadataGroup.PEOPLE),
            Map.entry("dc:contributor", MetadataGroup.PEOPLE),
            Map.entry("dc:rights", MetadataGroup.PEOPLE),
            Map.entry("dc:title", MetadataGroup.DESCRIPTION),
            Map.entry("dc:description", MetadataGroup.DESCRIPTION),
            Map.entry("dc:subject", MetadataGroup.DESCRIPTION),
            Map.entry("pdf:Keywords", MetadataGroup.DESCRIPTION),
            Map.entry("pdf:Producer", MetadataGroup.SOFTWARE),
            Map.entry("xmp:CreatorTool", MetadataGroup.SOFTWARE),
            Map.entry("xmp:CreateDate", MetadataGroup.TIME),
            Map.entry("xmp:ModifyDate", MetadataGroup.TIME),
            Map.entry("xmp:MetadataDate", MetadataGroup.TIME),
            Map.entry("xmpMM:DocumentID", MetadataGroup.OTHER),
            Map.entry("xmpMM:InstanceID", MetadataGroup.OTHER),
            Map.entry("xmpMM:History", MetadataGroup.HISTORY));

    private static final Map<String, String> NAMESPACES = Map.of(
            "http://purl.org/dc/elements/1.1/", "dc",
            "http://ns.adobe.com/pdf/1.3/", "pdf",
            "http://ns.adobe.com/xap/1.0/", "xmp",
            "http://ns.adobe.com/xap/1.0/mm/", "xmpMM");

    private XmpFields() {
    }

    /** The known fields, or one item saying XMP is there when the packet cannot be parsed. */
    static List<MetadataItem> read(byte[] xmp, String where) {
        List<MetadataItem> items = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            NodeList all = b.parse(new ByteArrayInputStream(xmp)).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String prefix = NAMESPACES.get(e.getNamespaceURI());
                String key = prefix + ":" + e.getLocalName();
                MetadataGroup group = prefix == null ? null : KNOWN.get(key);
                if (group != null) {
                    String value = e.getTextContent().strip().replaceAll("\\s+", " ");
                    items.add(new MetadataItem(group, "XMP " + key + where, value));
                }
            }
        } catch (Exception e) {
            // Unreadable XMP is still XMP: it is listed, and removed whole by the cleaner.
        }
        if (items.isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "XMP metadata" + where, xmp.length + " bytes"));
        }
        return items;
    }
}
