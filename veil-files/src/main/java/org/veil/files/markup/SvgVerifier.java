package org.veil.files.markup;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.veil.files.RefusedException;

/**
 * The independent check for SVG: a StAX pass (not the cleaner's DOM) with DTDs off, reporting any comment,
 * processing instruction, DOCTYPE or entity, any element, attribute or namespace declaration outside
 * {@link SvgPolicy}, metadata, title, desc and script elements, event handlers, links to local files, CSS
 * comments, and ids nothing refers to.
 */
final class SvgVerifier {
    private SvgVerifier() {
    }

    static List<String> residue(String svg) throws RefusedException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<String> residue = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> referenced = new HashSet<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(svg));
            StringBuilder style = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        startElement(r, residue, ids, referenced);
                        style = "style".equals(r.getLocalName()) ? new StringBuilder() : style;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (style != null) {
                            style.append(r.getText());
                            SvgIds.references(null, r.getText(), referenced);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (style != null && "style".equals(r.getLocalName())) {
                            residue.addAll(CssVerifier.residue(style.toString(), "<style>"));
                            style = null;
                        }
                    }
                    case XMLStreamConstants.COMMENT -> residue.add("comment");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> residue.add("processing instruction "
                            + r.getPITarget());
                    case XMLStreamConstants.DTD -> residue.add("DOCTYPE");
                    case XMLStreamConstants.ENTITY_REFERENCE -> residue.add("entity reference " + r.getLocalName());
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new RefusedException("the cleaned SVG cannot be re-read: " + e.getMessage());
        }
        ids.removeAll(referenced);
        for (String id : ids) {
            residue.add("id \"" + id + "\" that nothing refers to");
        }
        return residue;
    }

    private static void startElement(XMLStreamReader r, List<String> residue, Set<String> ids,
            Set<String> referenced) {
        String element = qualified(r.getPrefix(), r.getLocalName());
        if (!SvgPolicy.contentElement(r.getNamespaceURI(), r.getLocalName())) {
            residue.add("element <" + element + ">");
        }
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            if (!SvgPolicy.declarable(r.getNamespaceURI(i) == null ? "" : r.getNamespaceURI(i))) {
                residue.add("namespace " + r.getNamespaceURI(i));
            }
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String local = r.getAttributeLocalName(i);
            String name = qualified(r.getAttributePrefix(i), local);
            String value = r.getAttributeValue(i);
            if (SvgIds.isId(ns, local)) {
                if (!SvgIds.linkedFromOutside(r.getLocalName())) {
                    ids.add(value.strip());
                }
            } else {
                SvgIds.references(local, value, referenced);
            }
            if (!SvgPolicy.contentAttribute(ns, local)) {
                residue.add("attribute " + name + " on <" + element + ">");
            }
            if (SvgPolicy.isHref(ns, local) && SvgPolicy.forbiddenHref(value)) {
                residue.add("link to a local file or script: " + value);
            }
            if ((ns == null || ns.isEmpty()) && local.equals("style")) {
                residue.addAll(CssVerifier.residue(value, "style attribute on <" + element + ">"));
            }
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
