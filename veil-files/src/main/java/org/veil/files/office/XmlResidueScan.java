package org.veil.files.office;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The verifier's own pass over one XML part, with StAX (a different reader from the cleaner's DOM): every
 * element and attribute that names a person, a time, an editing session or a removed change is reported.
 */
final class XmlResidueScan {
    private static final Set<String> WORD_ELEMENTS = Set.of("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart",
            "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "delText", "delInstrText", "rsids", "rsid",
            "trackRevisions", "commentRangeStart", "commentRangeEnd", "commentReference", "attachedTemplate",
            "docVars", "cellIns", "cellDel", "cellMerge", "printerSettings", "docId");
    private static final Set<String> PERSON_ATTRIBUTES = Set.of("author", "initials", "userName", "refreshedBy",
            "dateUtc", "lastModifiedBy");
    private static final Set<String> SPREADSHEET_ELEMENTS = Set.of("fileSharing", "revisionPtr", "absPath");
    /** Extended properties that are statistics or layout, naming nobody and no software. */
    private static final Set<String> HARMLESS_APP = Set.of("Pages", "Words", "Characters", "Lines", "Paragraphs",
            "CharactersWithSpaces", "Slides", "Notes", "HiddenSlides", "MMClips", "PresentationFormat", "ScaleCrop",
            "LinksUpToDate", "SharedDoc", "HyperlinksChanged", "DocSecurity");

    /** How the part's properties are judged beyond the markup checks. */
    enum Role { CORE, APP, CONTENT }

    private XmlResidueScan() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Walks the part, calling {@code onElement} at each start tag; a DOCTYPE or broken XML is residue. */
    static void walk(String part, byte[] xml, List<String> out, Consumer<XMLStreamReader> onElement) {
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        out.add("'" + part + "' declares a DOCTYPE or uses entities");
                        return;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        onElement.accept(r);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            out.add("'" + part + "' is not well-formed XML (" + e.getMessage().replace('\n', ' ') + ")");
        }
    }

    static void scan(String part, byte[] xml, Role role, List<String> out) {
        int[] elements = {0};
        walk(part, xml, out, r -> {
            String ns = String.valueOf(r.getNamespaceURI());
            String local = r.getLocalName();
            boolean word = ns.contains("wordprocessingml") || ns.contains("/office/word/");
            boolean root = elements[0]++ == 0;
            // Core properties must be empty; extended properties may keep only statistics.
            if (role == Role.CORE && !root) {
                out.add("'" + part + "' still holds <" + local + ">");
            } else if (role == Role.APP && !root && OfficeNs.EXTENDED.equals(ns) && !HARMLESS_APP.contains(local)) {
                out.add("'" + part + "' still holds <" + local + ">");
            }
            if (word && (WORD_ELEMENTS.contains(local) || local.endsWith("Change")
                    || local.startsWith("customXml") && local.endsWith("RangeStart"))) {
                out.add("'" + part + "' still has <w:" + local + "> (tracked changes, comments or revision data)");
            }
            if (SPREADSHEET_ELEMENTS.contains(local) && (ns.contains("spreadsheetml"))) {
                out.add("'" + part + "' still has <" + local + "> (user, save history or folder)");
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String attr = r.getAttributeLocalName(i);
                String attrNs = String.valueOf(r.getAttributeNamespace(i));
                boolean wordAttr = attrNs.contains("wordprocessingml");
                if (PERSON_ATTRIBUTES.contains(attr) || wordAttr && (attr.equals("date") || attr.startsWith("rsid"))) {
                    out.add("'" + part + "' still has attribute " + attr + "=\"" + r.getAttributeValue(i) + "\" on <"
                            + local + ">");
                }
            }
        });
    }
}
