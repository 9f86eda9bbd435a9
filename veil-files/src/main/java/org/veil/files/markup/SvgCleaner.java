package org.veil.files.markup;

import org.veil.files.xml.HardenedXml;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.veil.files.CleanContext;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * SVG, cleaned on a DOM parsed with DTDs disallowed: removes {@code <metadata>} (RDF, Dublin Core), comments,
 * processing instructions, every element and attribute outside the {@link SvgPolicy} namespaces (Inkscape's
 * {@code sodipodi:docname} and {@code inkscape:export-filename} hold the author's file paths), scripts and
 * {@code on*} handlers, and links to local files; comments inside {@code <style>} and {@code style=""} go as in
 * CSS, and inline {@code data:} images are cleaned in turn. {@code <title>} and {@code <desc>} go too (editors put
 * the document name and notes there), and so does every id nothing refers to ({@link SvgIds}). The DOCTYPE, if
 * the standard one, is dropped.
 */
final class SvgCleaner {
    /** Elements whose whitespace is text layout: blank text beside a removed node stays. */
    private static final Set<String> TEXT_LAYOUT = Set.of("text", "tspan", "textpath", "title", "desc", "style",
            "a", "foreignobject");

    private SvgCleaner() {
    }

    static String clean(String svg, CleanContext context) throws RefusedException {
        Document doc = parse(svg);
        new Pass(context).document(doc);
        // After the pass, so that a reference from removed metadata keeps no id alive.
        for (Attr id : SvgIds.unreferenced(doc)) {
            id.getOwnerElement().removeAttributeNode(id);
        }
        return serialize(doc);
    }

    static List<MetadataItem> inspect(String svg) throws RefusedException {
        Pass pass = new Pass(null);
        Document doc = parse(svg);
        pass.document(doc);
        List<Attr> unused = SvgIds.unreferenced(doc);
        if (!unused.isEmpty()) {
            pass.items.add(new MetadataItem(MetadataGroup.OTHER, "unreferenced ids", unused.size() + " (e.g. "
                    + MarkupText.excerpt(unused.get(0).getValue()) + ")"));
        }
        return pass.items;
    }

    private static Document parse(String svg) throws RefusedException {
        String text = SvgDoctype.strip(svg);
        try {
            DocumentBuilder b = HardenedXml.documentBuilder(true);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            Document doc = b.parse(new InputSource(new StringReader(text)));
            Element root = doc.getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                throw new RefusedException("the root element is <" + root.getNodeName() + ">, not <svg>");
            }
            return doc;
        } catch (SAXException e) {
            throw new RefusedException("the SVG is not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new RefusedException("the SVG could not be parsed: " + e.getMessage());
        }
    }

    private static String serialize(Document doc) throws RefusedException {
        try {
            Transformer t = HardenedXml.transformer();
            StringWriter out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new RefusedException("the cleaned SVG could not be written: " + e.getMessage());
        }
    }

    /**
     * One walk over the document that both lists what it finds and, when it has a context to clean with, removes
     * it: inspection and cleaning cannot disagree about what is metadata.
     */
    private static final class Pass {
        private final CleanContext context;
        final List<MetadataItem> items = new ArrayList<>();

        Pass(CleanContext context) {
            this.context = context;
        }

        private boolean cleaning() {
            return context != null;
        }

        void document(Document doc) throws RefusedException {
            for (Node child : children(doc)) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    element((Element) child);
                } else {
                    otherNode(child);
                }
            }
        }

        private void element(Element el) throws RefusedException {
            for (Attr a : attributes(el)) {
                attribute(el, a);
            }
            for (Node child : children(el)) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    Element c = (Element) child;
                    if (SvgPolicy.contentElement(c.getNamespaceURI(), c.getLocalName())) {
                        element(c);
                    } else {
                        describeRemoved(c);
                        remove(c);
                    }
                } else {
                    otherNode(child);
                }
            }
            if ("style".equals(el.getLocalName())) {
                style(el);
            }
        }

        private void otherNode(Node node) throws RefusedException {
            switch (node.getNodeType()) {
                case Node.COMMENT_NODE -> {
                    String text = node.getNodeValue();
                    items.add(new MetadataItem(text.toLowerCase(Locale.ROOT).contains("generator")
                            ? MetadataGroup.SOFTWARE : MetadataGroup.DESCRIPTION, "comment", MarkupText.excerpt(text)));
                    remove(node);
                }
                case Node.PROCESSING_INSTRUCTION_NODE -> {
                    items.add(new MetadataItem(MetadataGroup.OTHER, "processing instruction", node.getNodeName()));
                    remove(node);
                }
                case Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE ->
                        throw new RefusedException("the SVG uses entities or a DOCTYPE");
                default -> {
                    // text and CDATA are the drawing's content (style text is handled with its element)
                }
            }
        }

        private void attribute(Element el, Attr a) throws RefusedException {
            String ns = a.getNamespaceURI();
            String local = a.getLocalName();
            if (SvgPolicy.XMLNS.equals(ns)) {
                if (!SvgPolicy.declarable(a.getValue())) {
                    removeAttribute(el, a); // the declaration of a namespace whose content is gone
                }
            } else if (!SvgPolicy.contentAttribute(ns, local)) {
                items.add(local.toLowerCase(Locale.ROOT).startsWith("on") && (ns == null || ns.isEmpty())
                        ? new MetadataItem(MetadataGroup.EMBEDDED, "event handler " + local, MarkupText.excerpt(a.getValue()))
                        : describeAttribute(a));
                removeAttribute(el, a);
            } else if (SvgPolicy.isHref(ns, local) && SvgPolicy.forbiddenHref(a.getValue())) {
                items.add(new MetadataItem(MetadataGroup.OTHER, "link to a local file or script", a.getValue()));
                removeAttribute(el, a);
            } else if ((ns == null || ns.isEmpty()) && local.equals("style")) {
                if (cleaning()) {
                    a.setValue(CssCleaner.clean(a.getValue(), context));
                } else {
                    items.addAll(CssCleaner.inspect(a.getValue()));
                }
            } else if (cleaning()) {
                a.setValue(DataUris.clean(a.getValue(), context));
            } else {
                items.addAll(DataUris.list(a.getValue()));
            }
        }

        private void style(Element el) throws RefusedException {
            String css = el.getTextContent();
            if (!cleaning()) {
                items.addAll(CssCleaner.inspect(css));
                return;
            }
            String cleaned = CssCleaner.clean(css, context);
            if (!cleaned.equals(css)) {
                boolean cdata = children(el).stream().anyMatch(n -> n.getNodeType() == Node.CDATA_SECTION_NODE);
                el.setTextContent(null);
                Document doc = el.getOwnerDocument();
                el.appendChild(cdata ? doc.createCDATASection(cleaned) : doc.createTextNode(cleaned));
            }
        }

        /** Lists what a removed element held: Dublin Core fields by name, editor attributes, scripts. */
        private void describeRemoved(Element el) {
            String local = el.getLocalName();
            if (SvgPolicy.DUBLIN_CORE.equals(el.getNamespaceURI())) {
                items.add(new MetadataItem(MetadataNames.groupOf(local), "dc:" + local,
                        MarkupText.excerpt(el.getTextContent())));
                return;
            }
            if (local.equalsIgnoreCase("script")) {
                items.add(new MetadataItem(MetadataGroup.EMBEDDED, "script", MarkupText.excerpt(el.getTextContent())));
                return;
            }
            for (Attr a : attributes(el)) {
                if (!SvgPolicy.XMLNS.equals(a.getNamespaceURI()) && !a.getValue().isBlank()) {
                    items.add(describeAttribute(a));
                }
            }
            boolean leaf = true;
            for (Node child : children(el)) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    leaf = false;
                    describeRemoved((Element) child);
                }
            }
            if (leaf && !el.getTextContent().isBlank()) {
                items.add(new MetadataItem(MetadataNames.groupOf(local), el.getNodeName(),
                        MarkupText.excerpt(el.getTextContent())));
            }
        }

        private static MetadataItem describeAttribute(Attr a) {
            return new MetadataItem(MetadataNames.groupOf(a.getLocalName()), a.getName(),
                    MarkupText.excerpt(a.getValue()));
        }

        private void removeAttribute(Element el, Attr a) {
            if (cleaning()) {
                el.removeAttributeNode(a);
            }
        }

        /** Removes a node, and the blank line it stood on where whitespace is not text layout. */
        private void remove(Node node) {
            if (!cleaning()) {
                return;
            }
            Node parent = node.getParentNode();
            Node before = node.getPreviousSibling();
            if (parent.getNodeType() == Node.ELEMENT_NODE
                    && !TEXT_LAYOUT.contains(parent.getLocalName().toLowerCase(Locale.ROOT))
                    && before != null && before.getNodeType() == Node.TEXT_NODE
                    && before.getNodeValue().isBlank() && before.getNodeValue().contains("\n")) {
                parent.removeChild(before);
            }
            parent.removeChild(node);
        }

        private static List<Node> children(Node node) {
            List<Node> list = new ArrayList<>();
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                list.add(c);
            }
            return list;
        }

        private static List<Attr> attributes(Element el) {
            List<Attr> list = new ArrayList<>();
            for (int i = 0; i < el.getAttributes().getLength(); i++) {
                list.add((Attr) el.getAttributes().item(i));
            }
            return list;
        }
    }
}
