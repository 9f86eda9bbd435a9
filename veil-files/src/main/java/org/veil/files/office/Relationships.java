package org.veil.files.office;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One relationships part (.rels): the links from its source part to other parts or outside resources. */
final class Relationships {
    /** One relationship; {@code part} is the resolved target part name, null when the target is external. */
    record Rel(String id, String type, String target, boolean external, String part) {
        String kind() {
            return OfficeNs.relKind(type);
        }
    }

    private final String name;
    private final String source;
    private final Document doc;

    private Relationships(String name, Document doc) {
        this.name = name;
        this.source = PartNames.sourceOf(name);
        this.doc = doc;
    }

    static Relationships parse(String name, byte[] xml) throws RefusedException {
        Document doc = SafeXml.parse(xml, name);
        if (!SafeXml.is(doc.getDocumentElement(), OfficeNs.PKG_RELS, "Relationships")) {
            throw new RefusedException("'" + name + "' is not a relationships part");
        }
        return new Relationships(name, doc);
    }

    String name() {
        return name;
    }

    /** The part these relationships belong to; "" for the package. */
    String source() {
        return source;
    }

    List<Rel> all() throws RefusedException {
        List<Rel> out = new ArrayList<>();
        for (Element e : SafeXml.elements(doc, OfficeNs.PKG_RELS, "Relationship")) {
            boolean external = "External".equals(e.getAttribute("TargetMode"));
            String target = e.getAttribute("Target");
            String part = external ? null : PartNames.resolve(source, target);
            if (!external && part == null) {
                throw new RefusedException("'" + name + "' has a relationship that points outside the package");
            }
            out.add(new Rel(e.getAttribute("Id"), e.getAttribute("Type"), target, external, part));
        }
        return out;
    }

    void remove(String id) {
        for (Element e : SafeXml.elements(doc, OfficeNs.PKG_RELS, "Relationship")) {
            if (id.equals(e.getAttribute("Id"))) {
                SafeXml.remove(e);
            }
        }
    }

    byte[] toBytes() {
        return SafeXml.serialize(doc);
    }
}
