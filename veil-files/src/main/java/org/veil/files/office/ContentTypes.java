package org.veil.files.office;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The package's [Content_Types].xml: the type of each part, by override or by extension. */
final class ContentTypes {
    private final Document doc;
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private ContentTypes(Document doc) {
        this.doc = doc;
        for (Element e : SafeXml.elements(doc, OfficeNs.CONTENT_TYPES, "Default")) {
            defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
        }
        for (Element e : SafeXml.elements(doc, OfficeNs.CONTENT_TYPES, "Override")) {
            overrides.put(PartNames.key(e.getAttribute("PartName")), e.getAttribute("ContentType"));
        }
    }

    static ContentTypes parse(byte[] xml) throws RefusedException {
        Document doc = SafeXml.parse(xml, PartNames.CONTENT_TYPES);
        if (!SafeXml.is(doc.getDocumentElement(), OfficeNs.CONTENT_TYPES, "Types")) {
            throw new RefusedException("[Content_Types].xml is not an Open XML content-types part");
        }
        return new ContentTypes(doc);
    }

    /** The part's content type, lower-cased (content types compare without case); empty if it has none. */
    Optional<String> typeOf(String part) {
        String t = overrides.get(PartNames.key(part));
        if (t == null) {
            t = defaults.get(PartNames.extension(part));
        }
        return Optional.ofNullable(t).map(s -> s.trim().toLowerCase(Locale.ROOT));
    }

    /** Drops the overrides of parts that are no longer in the package, so none points to a missing part. */
    byte[] keepOverridesFor(Set<String> partKeys) {
        for (Element e : SafeXml.elements(doc, OfficeNs.CONTENT_TYPES, "Override")) {
            if (!partKeys.contains(PartNames.key(e.getAttribute("PartName")))) {
                SafeXml.remove(e);
            }
        }
        return SafeXml.serialize(doc);
    }
}
