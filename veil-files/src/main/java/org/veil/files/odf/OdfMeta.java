package org.veil.files.odf;

import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * meta.xml holds nothing but metadata (authors, dates, editing time and cycles, generator, statistics, custom
 * fields, title and keywords, template and print info), so like mat2 Veil keeps none of it: the part is replaced
 * by an empty {@code office:meta}, keeping only the ODF version so readers treat the package the same way.
 */
final class OdfMeta {
    private OdfMeta() {
    }

    static byte[] emptied(byte[] original, String part) throws RefusedException {
        Document old = SafeXml.parse(original, part);
        String version = Dom.attr(old.getDocumentElement(), Ns.OFFICE, "version");
        Document doc = SafeXml.newDocument();
        doc.setXmlStandalone(true);
        Element root = doc.createElementNS(Ns.OFFICE, "office:document-meta");
        if (version != null && version.matches("\\d\\.\\d")) {
            root.setAttributeNS(Ns.OFFICE, "office:version", version);
        }
        root.appendChild(doc.createElementNS(Ns.OFFICE, "office:meta"));
        doc.appendChild(root);
        return SafeXml.write(doc);
    }
}
