package org.veil.files.markup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Element ids an SVG does not use. Editors give every shape one ({@code path1234}, {@code layer1},
 * {@code g5678}) and some take the user's own labels; only the ids something refers to are needed to draw: by
 * {@code url(#id)} in an attribute or CSS, by {@code href="#id"} / {@code xlink:href}, by a CSS {@code #id}
 * selector, by an animation's {@code begin}/{@code end} ("id.click"), or by an ARIA relation, and a
 * {@code <view>}'s, which links from outside name. Every other id is removed. The reference rules are shared with the verifier, like {@link SvgPolicy}.
 */
final class SvgIds {
    /** "#id" as url(#id), href="#id" and CSS selectors write it. */
    private static final Pattern HASH_REFERENCE = Pattern.compile("#([^\\s\"'()#,;{}>+~\\[\\]]+)");
    /** "id.event" in SMIL begin/end lists. */
    private static final Pattern TIMING_REFERENCE = Pattern.compile("([^\\s;.+\\-][^\\s;.+]*)\\.[A-Za-z]");
    private static final Set<String> ID_LIST_ATTRIBUTES = Set.of("aria-labelledby", "aria-describedby",
            "aria-owns", "aria-controls", "aria-flowto", "aria-activedescendant", "aria-details",
            "aria-errormessage", "for", "headers", "list");

    private SvgIds() {
    }

    /** Adds to {@code into} every id this attribute value (or text, when {@code name} is null) refers to. */
    static void references(String name, String value, Set<String> into) {
        Matcher m = HASH_REFERENCE.matcher(value);
        while (m.find()) {
            into.add(m.group(1));
        }
        if (name == null) {
            return;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("begin") || n.equals("end")) {
            Matcher t = TIMING_REFERENCE.matcher(value);
            while (t.find()) {
                into.add(t.group(1));
            }
        } else if (ID_LIST_ATTRIBUTES.contains(n)) {
            for (String token : value.strip().split("\\s+")) {
                into.add(token);
            }
        }
    }

    /** Whether an attribute is an element id: {@code id} without a namespace. */
    static boolean isId(String ns, String localName) {
        return (ns == null || ns.isEmpty()) && localName.equals("id");
    }

    /** Whether an element's id is for links from outside ({@code drawing.svg#view1}): a {@code <view>}'s is. */
    static boolean linkedFromOutside(String elementLocalName) {
        return "view".equals(elementLocalName);
    }

    /** The ids nothing in {@code doc} refers to, in document order. */
    static List<Attr> unreferenced(Document doc) {
        Set<String> referenced = new LinkedHashSet<>();
        List<Attr> ids = new ArrayList<>();
        walk(doc.getDocumentElement(), referenced, ids);
        List<Attr> unused = new ArrayList<>();
        for (Attr id : ids) {
            if (!referenced.contains(id.getValue().strip())) {
                unused.add(id);
            }
        }
        return unused;
    }

    private static void walk(Node node, Set<String> referenced, List<Attr> ids) {
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            NamedNodeMap attrs = node.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (isId(a.getNamespaceURI(), a.getLocalName())) {
                    if (!linkedFromOutside(node.getLocalName())) {
                        ids.add(a);
                    }
                } else {
                    references(a.getLocalName(), a.getValue(), referenced);
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            Node parent = node.getParentNode();
            if (parent instanceof Element e && "style".equals(e.getLocalName())) {
                references(null, node.getNodeValue(), referenced);
            }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            walk(c, referenced, ids);
        }
    }
}
