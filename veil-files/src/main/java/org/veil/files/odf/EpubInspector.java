package org.veil.files.odf;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What {@code veil scrub show} lists for an EPUB. */
final class EpubInspector {
    private final List<MetadataItem> items = new ArrayList<>();

    private EpubInspector() {
    }

    static List<MetadataItem> inspect(EpubPackage pkg) throws RefusedException {
        EpubInspector in = new EpubInspector();
        for (EpubPackage.Entry e : pkg.entries()) {
            switch (e.part()) {
                case PACKAGE -> in.packageDocument(e);
                case NCX -> in.ncx(e);
                case XHTML -> in.chapter(e);
                case EMBEDDED_FILE -> in.add(MetadataGroup.EMBEDDED, "embedded file",
                        e.name() + " (cleaned as a file of its own)");
                case DROPPED -> {
                    if (!e.name().endsWith("/")) {
                        in.add(e.name().startsWith("iTunes") ? MetadataGroup.PEOPLE : MetadataGroup.OTHER,
                                "reader or store file", e.name());
                    }
                }
                case SCRIPT -> in.add(MetadataGroup.EMBEDDED, "script", e.name());
                case UNKNOWN -> in.add(MetadataGroup.OTHER, "unknown file", e.name());
                default -> {
                }
            }
        }
        return in.items;
    }

    private void packageDocument(EpubPackage.Entry e) throws RefusedException {
        Element root = SafeXml.parse(e.member().data(), e.name()).getDocumentElement();
        Element metadata = Dom.child(root, Ns.OPF, "metadata");
        if (metadata == null) {
            return;
        }
        for (Element m : Dom.elements(metadata)) {
            if (m == metadata || !Dom.children(m).isEmpty()) {
                continue; // wrappers such as EPUB 2's dc-metadata
            }
            String value = m.getTextContent().strip();
            if (Ns.DC.equals(m.getNamespaceURI())) {
                add(dcGroup(m.getLocalName()), "dc:" + m.getLocalName(), value);
            } else if (Dom.is(m, Ns.OPF, "meta")) {
                String name = Dom.attr(m, null, "name");
                String property = Dom.attr(m, null, "property");
                String key = name != null ? name : property != null ? property : "meta";
                add(metaGroup(key), "meta " + key, name != null ? m.getAttribute("content") : value);
            } else if (Dom.is(m, Ns.OPF, "link")) {
                add(MetadataGroup.OTHER, "link " + m.getAttribute("rel"), m.getAttribute("href"));
            }
        }
    }

    private static MetadataGroup dcGroup(String name) {
        return switch (name) {
            case "creator", "contributor", "publisher" -> MetadataGroup.PEOPLE;
            case "date" -> MetadataGroup.TIME;
            case "title", "description", "subject", "rights", "source", "coverage" -> MetadataGroup.DESCRIPTION;
            default -> MetadataGroup.OTHER;
        };
    }

    private static MetadataGroup metaGroup(String key) {
        if (key.equals("calibre:timestamp") || key.equals("dcterms:modified") || key.contains("date")) {
            return MetadataGroup.TIME;
        }
        if (key.startsWith("calibre:") || key.contains("generator") || key.contains("Sigil")) {
            return MetadataGroup.SOFTWARE;
        }
        if (key.equals("role") || key.equals("file-as") || key.contains("author")) {
            return MetadataGroup.PEOPLE;
        }
        return MetadataGroup.OTHER;
    }

    private void ncx(EpubPackage.Entry e) throws RefusedException {
        Element root = SafeXml.parseEpubMarkup(e.member().data(), e.name()).getDocumentElement();
        for (Element el : Dom.elements(root)) {
            if (Dom.is(el, Ns.NCX, "docAuthor")) {
                add(MetadataGroup.PEOPLE, e.name() + " docAuthor", el.getTextContent().strip());
            } else if (Dom.is(el, Ns.NCX, "meta") && !el.getAttribute("name").isEmpty()) {
                String name = el.getAttribute("name");
                add(name.equals("dtb:uid") ? MetadataGroup.OTHER : metaGroup(name), e.name() + " meta " + name,
                        el.getAttribute("content"));
            }
        }
    }

    private void chapter(EpubPackage.Entry e) throws RefusedException {
        Element root = SafeXml.parseEpubMarkup(e.member().data(), e.name()).getDocumentElement();
        for (Element el : Dom.elements(root)) {
            if (EpubMarkupCleaner.html(el, "meta") && !EpubMarkupCleaner.harmlessMeta(el)) {
                String key = el.hasAttribute("name") ? el.getAttribute("name") : el.getAttribute("property");
                add(metaGroup(key.toLowerCase(java.util.Locale.ROOT)), e.name() + " <meta " + key + ">",
                        el.getAttribute("content"));
            }
        }
        int comments = countComments(root.getOwnerDocument());
        if (comments > 0) {
            add(MetadataGroup.OTHER, e.name() + " HTML comments", String.valueOf(comments));
        }
    }

    private static int countComments(Node n) {
        int count = n.getNodeType() == Node.COMMENT_NODE ? 1 : 0;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            count += countComments(c);
        }
        return count;
    }

    private void add(MetadataGroup group, String name, String value) {
        items.add(new MetadataItem(group, name, value));
    }
}
