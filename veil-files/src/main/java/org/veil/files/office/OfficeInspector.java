package org.veil.files.office;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** What {@code veil scrub show} lists for an Office document: properties, comments, changes, parts. */
final class OfficeInspector {
    private final OfficePackage pkg;
    private final List<MetadataItem> items = new ArrayList<>();
    private final Set<String> commentAuthors = new TreeSet<>();
    private final Set<String> changeAuthors = new TreeSet<>();
    private final Set<String> rsids = new HashSet<>();
    private int comments;
    private int changes;
    private int media;

    private OfficeInspector(OfficePackage pkg) {
        this.pkg = pkg;
    }

    static List<MetadataItem> inspect(OfficePackage pkg) throws RefusedException {
        OfficeInspector inspector = new OfficeInspector(pkg);
        for (Map.Entry<String, PartRule> e : pkg.rules().entrySet()) {
            inspector.part(e.getKey(), e.getValue());
        }
        return inspector.summary();
    }

    private void part(String name, PartRule rule) throws RefusedException {
        switch (rule.kind()) {
            case CORE_PROPERTIES -> coreProperties(SafeXml.parse(pkg.data(name), name));
            case APP_PROPERTIES -> appProperties(SafeXml.parse(pkg.data(name), name));
            case XML -> revisions(SafeXml.parse(pkg.data(name), name));
            case MEDIA -> media++;
            case EMBEDDING -> items.add(new MetadataItem(MetadataGroup.EMBEDDED, "embedded object", name));
            case MACROS -> items.add(new MetadataItem(MetadataGroup.EMBEDDED, "macros", name));
            case UNKNOWN -> items.add(new MetadataItem(MetadataGroup.OTHER, "unknown part", name + " (" + rule.what() + ")"));
            case REMOVE -> removedPart(name, rule);
            default -> { }
        }
    }

    private void removedPart(String name, PartRule rule) throws RefusedException {
        if (rule.what().equals("custom properties")) {
            customProperties(SafeXml.parse(pkg.data(name), name));
        } else if ((rule.what().equals("comments") || rule.what().equals("people")) && name.endsWith(".xml")) {
            comments(SafeXml.parse(pkg.data(name), name));
        } else {
            items.add(new MetadataItem(rule.group(), rule.what(), name));
        }
    }

    private void coreProperties(Document doc) {
        for (Element e : SafeXml.children(doc.getDocumentElement())) {
            String value = e.getTextContent().trim();
            if (value.isEmpty()) {
                continue;
            }
            MetadataGroup group = switch (e.getLocalName()) {
                case "creator", "lastModifiedBy" -> MetadataGroup.PEOPLE;
                case "created", "modified", "lastPrinted" -> MetadataGroup.TIME;
                case "title", "subject", "keywords", "description", "category" -> MetadataGroup.DESCRIPTION;
                case "revision" -> MetadataGroup.HISTORY;
                default -> MetadataGroup.OTHER;
            };
            items.add(new MetadataItem(group, e.getLocalName(), value));
        }
    }

    private void appProperties(Document doc) {
        for (Element e : SafeXml.children(doc.getDocumentElement())) {
            String value = e.getTextContent().trim();
            MetadataGroup group = switch (e.getLocalName()) {
                case "Application", "AppVersion" -> MetadataGroup.SOFTWARE;
                case "Company", "Manager" -> MetadataGroup.PEOPLE;
                case "TotalTime" -> MetadataGroup.TIME;
                case "Template", "HyperlinkBase" -> MetadataGroup.OTHER;
                default -> null; // statistics and part titles: rebuilt by the editor, named by nobody
            };
            if (group != null && !value.isEmpty()) {
                items.add(new MetadataItem(group, e.getLocalName(), value));
            }
        }
    }

    private void customProperties(Document doc) {
        for (Element p : SafeXml.elements(doc, OfficeNs.CUSTOM, "property")) {
            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "custom property " + p.getAttribute("name"),
                    p.getTextContent().trim()));
        }
    }

    private void comments(Document doc) {
        for (Element e : SafeXml.elements(doc, "*", "*")) {
            String local = e.getLocalName();
            if (local.equals("comment") || local.equals("threadedComment") || local.equals("cm")) {
                comments++;
            }
            if (local.equals("author") && SafeXml.children(e).isEmpty()) {
                addName(commentAuthors, e.getTextContent());
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (Set.of("author", "displayName").contains(a.getLocalName())
                        || a.getLocalName().equals("name") && Set.of("cmAuthor", "author").contains(local)) {
                    addName(commentAuthors, a.getValue());
                }
            }
        }
    }

    private void revisions(Document doc) {
        for (Element change : WordRevisions.all(doc)) {
            changes++;
            addName(changeAuthors, change.getAttributeNS(OfficeNs.W, "author"));
        }
        for (Element e : SafeXml.elements(doc, "*", "*")) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (OfficeNs.W.equals(a.getNamespaceURI()) && a.getLocalName().startsWith("rsid")) {
                    rsids.add(a.getValue());
                }
            }
            if (OfficeNs.W.equals(e.getNamespaceURI()) && e.getLocalName().equals("rsid")) {
                rsids.add(e.getAttributeNS(OfficeNs.W, "val"));
            }
        }
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.trim());
        }
    }

    private List<MetadataItem> summary() {
        if (comments > 0 || !commentAuthors.isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.PEOPLE, "comments",
                    comments + (commentAuthors.isEmpty() ? "" : " by " + String.join(", ", commentAuthors))));
        }
        if (changes > 0) {
            items.add(new MetadataItem(MetadataGroup.HISTORY, "tracked changes",
                    changes + (changeAuthors.isEmpty() ? "" : " by " + String.join(", ", changeAuthors))));
        }
        if (!rsids.isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.HISTORY, "revision ids (rsid)", rsids.size() + " editing sessions"));
        }
        if (media > 0) {
            items.add(new MetadataItem(MetadataGroup.EMBEDDED, "embedded media", media + " file(s)"));
        }
        return items;
    }
}
