package org.veil.files.odf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** What {@code veil scrub show} lists for an OpenDocument package. */
final class OdfInspector {
    private final List<MetadataItem> items = new ArrayList<>();

    private OdfInspector() {
    }

    static List<MetadataItem> inspect(OdfPackage pkg) throws RefusedException {
        OdfInspector in = new OdfInspector();
        for (OdfPackage.Entry e : pkg.entries()) {
            in.entry(e);
        }
        return in.items;
    }

    private void entry(OdfPackage.Entry e) throws RefusedException {
        String where = e.document().isEmpty() ? "" : e.document();
        switch (e.part()) {
            case META -> meta(e, where);
            case SETTINGS -> settings(e, where);
            case BODY -> body(e);
            case EMBEDDED_FILE -> add(MetadataGroup.EMBEDDED, "embedded file", e.name() + " (cleaned as a file of its own)");
            case MACROS -> add(MetadataGroup.EMBEDDED, "macros", e.name());
            case UNKNOWN -> add(MetadataGroup.OTHER, "unknown part", e.name());
            case DROPPED -> dropped(e);
            default -> {
            }
        }
    }

    private void dropped(OdfPackage.Entry e) {
        String p = e.path();
        if (p.startsWith("Thumbnails/")) {
            add(MetadataGroup.HISTORY, "thumbnail", e.name() + " (a picture of the first page as last saved)");
        } else if (p.startsWith("ObjectReplacements/")) {
            add(MetadataGroup.HISTORY, "object preview", e.name());
        } else if (p.equals("META-INF/documentsignatures.xml")) {
            add(MetadataGroup.PEOPLE, "digital signature", e.name());
        } else if (p.startsWith("Configurations2/") && !p.endsWith("/")) {
            add(MetadataGroup.SOFTWARE, "user interface configuration", e.name());
        } else if (p.equals("manifest.rdf")) {
            add(MetadataGroup.OTHER, "RDF metadata", e.name());
        }
    }

    private void meta(OdfPackage.Entry e, String where) throws RefusedException {
        Element root = SafeXml.parse(e.member().data(), e.name()).getDocumentElement();
        Element meta = Dom.child(root, Ns.OFFICE, "meta");
        if (meta == null) {
            return;
        }
        for (Element field : Dom.children(meta)) {
            String name = field.getPrefix() == null ? field.getLocalName() : field.getPrefix() + ":" + field.getLocalName();
            String value = field.getTextContent().strip();
            if (Dom.is(field, Ns.META, "user-defined")) {
                name = "user-defined " + Dom.attr(field, Ns.META, "name");
            } else if (Dom.is(field, Ns.META, "document-statistic") || Dom.is(field, Ns.META, "template")) {
                value = attributes(field);
            }
            add(metaGroup(field), where + name, value);
        }
    }

    private static MetadataGroup metaGroup(Element field) {
        String n = field.getLocalName();
        if (Ns.DC.equals(field.getNamespaceURI())) {
            return switch (n) {
                case "creator" -> MetadataGroup.PEOPLE;
                case "date" -> MetadataGroup.TIME;
                case "title", "subject", "description" -> MetadataGroup.DESCRIPTION;
                default -> MetadataGroup.OTHER;
            };
        }
        return switch (n) {
            case "initial-creator", "printed-by" -> MetadataGroup.PEOPLE;
            case "creation-date", "print-date", "editing-duration" -> MetadataGroup.TIME;
            case "editing-cycles" -> MetadataGroup.HISTORY;
            case "generator" -> MetadataGroup.SOFTWARE;
            case "user-defined", "keyword" -> MetadataGroup.DESCRIPTION;
            default -> MetadataGroup.OTHER;
        };
    }

    private static String attributes(Element e) {
        StringBuilder sb = new StringBuilder();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            sb.append(sb.length() == 0 ? "" : ", ").append(a.getLocalName()).append('=').append(a.getValue());
        }
        return sb.toString();
    }

    private void settings(OdfPackage.Entry e, String where) throws RefusedException {
        Element root = SafeXml.parse(e.member().data(), e.name()).getDocumentElement();
        for (Element item : Dom.elements(root)) {
            if (OdfSettingsCleaner.isViewSettings(item)) {
                add(MetadataGroup.HISTORY, where + "view settings", "cursor and scroll positions");
            } else if (Dom.is(item, Ns.CONFIG, "config-item") && OdfSettingsCleaner.identifying(item)) {
                String name = Dom.attr(item, Ns.CONFIG, "name");
                String value = item.getTextContent().strip();
                boolean printer = String.valueOf(name).startsWith("Print");
                if (value.isEmpty()) {
                    continue; // removed all the same, but an empty field is nothing to show
                }
                if ("base64Binary".equals(Dom.attr(item, Ns.CONFIG, "type"))) {
                    value = "binary, " + value.length() + " characters of base64";
                }
                add(printer ? MetadataGroup.DEVICE : MetadataGroup.OTHER, where + "setting " + name, value);
            }
        }
    }

    private void body(OdfPackage.Entry e) throws RefusedException {
        Element root = SafeXml.parse(e.member().data(), e.name()).getDocumentElement();
        int changes = 0;
        int annotations = 0;
        int sessionIds = 0;
        TreeSet<String> changeAuthors = new TreeSet<>();
        TreeSet<String> annotationAuthors = new TreeSet<>();
        for (Element el : Dom.elements(root)) {
            if (Dom.is(el, Ns.TEXT, "changed-region") || isCalcChange(el)) {
                changes++;
                authors(el, changeAuthors);
            } else if (Dom.is(el, Ns.OFFICE, "annotation") || Dom.is(el, Ns.OFFICEOOO, "annotation")) {
                annotations++;
                authors(el, annotationAuthors);
            }
            if (el.hasAttributeNS(Ns.OFFICEOOO, "rsid") || el.hasAttributeNS(Ns.OFFICEOOO, "paragraph-rsid")) {
                sessionIds++;
            }
        }
        if (changes > 0) {
            add(MetadataGroup.HISTORY, e.name() + " tracked changes", changes + " by " + String.join(", ", changeAuthors));
        }
        if (annotations > 0) {
            add(MetadataGroup.PEOPLE, e.name() + " comments", annotations + " by " + String.join(", ", annotationAuthors));
        }
        if (sessionIds > 0) {
            add(MetadataGroup.HISTORY, e.name() + " editing-session ids (rsid)", sessionIds + " styles");
        }
    }

    private static boolean isCalcChange(Element el) {
        return Ns.TABLE.equals(el.getNamespaceURI()) && Dom.child(el, Ns.OFFICE, "change-info") != null;
    }

    private static void authors(Element el, TreeSet<String> into) {
        for (Element c : Dom.elements(el)) {
            if (Dom.is(c, Ns.DC, "creator")) {
                into.add(c.getTextContent().strip());
            }
        }
    }

    private void add(MetadataGroup group, String name, String value) {
        items.add(new MetadataItem(group, name, value));
    }
}
