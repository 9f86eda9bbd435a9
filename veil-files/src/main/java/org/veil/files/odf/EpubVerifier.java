package org.veil.files.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/**
 * Independent check of a cleaned EPUB, by an allow-list and with StAX rather than the cleaner's DOM: the
 * package metadata may hold only one urn:uuid identifier (the unique one), titles, languages, the fixed
 * dcterms:modified, a cover pointer and fixed-layout keywords; no Dublin Core element may appear anywhere else; chapters may have no
 * comments, processing instructions, scripts, SVG/RDF metadata or named meta tags; the NCX no author and no
 * non-structural meta; only known kinds of files may be present; and the ZIP carries no timestamps. Images and
 * stylesheets were verified by their own verifiers when they were cleaned.
 */
public final class EpubVerifier implements Verifier {
    private static final Pattern UUID_URN = Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
            + "[0-9a-f]{12}");
    private static final Set<String> CONTENT_EXTENSIONS = Set.of("xhtml", "html", "htm", "ncx", "ttf", "otf", "woff",
            "woff2");
    private static final Set<String> NCX_HEAD = Set.of("dtb:uid", "dtb:depth", "dtb:totalPageCount",
            "dtb:maxPageNumber");
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.EPUB);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<String> out = new ArrayList<>(RawZipCheck.residue(cleaned));
        List<ZipMember> members = SafeZip.read(cleaned, context.limits());
        ZipMember container = members.stream().filter(m -> m.name().equals("META-INF/container.xml")).findFirst()
                .orElse(null);
        if (members.isEmpty() || !members.get(0).name().equals("mimetype")
                || !new String(members.get(0).data(), StandardCharsets.US_ASCII).equals("application/epub+zip")) {
            out.add("the first entry is not the EPUB mimetype");
        }
        if (container == null) {
            out.add("no META-INF/container.xml");
            return out;
        }
        String opfPath = checkContainer(container.data(), out);
        String identifier = null;
        for (ZipMember m : members) {
            if (m.name().equals(opfPath)) {
                identifier = checkPackage(m, out);
            }
        }
        for (ZipMember m : members) {
            String name = m.name();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (name.equals("mimetype") || name.equals(container.name()) || name.equals(opfPath)) {
                continue;
            }
            if (name.startsWith("META-INF/") || name.endsWith("/")
                    || !CONTENT_EXTENSIONS.contains(ext) && FileType.byName(name).isEmpty()
                    || ext.equals("js")) {
                out.add("unexpected member '" + name + "'");
            } else if (ext.equals("ncx")) {
                checkMarkup(m, true, identifier, out);
            } else if (ext.equals("xhtml") || ext.equals("html") || ext.equals("htm")) {
                checkMarkup(m, false, identifier, out);
            }
        }
        return out;
    }

    private static String checkContainer(byte[] xml, List<String> out) {
        String path = null;
        try {
            XMLStreamReader r = StaxParts.open(xml);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (!Ns.CONTAINER.equals(r.getNamespaceURI())
                            || !Set.of("container", "rootfiles", "rootfile").contains(r.getLocalName())) {
                        out.add("container.xml holds <" + StaxParts.qname(r) + ">");
                    }
                    if (r.getLocalName().equals("rootfile")) {
                        if (path != null) {
                            out.add("container.xml names several package documents");
                        }
                        path = r.getAttributeValue(null, "full-path");
                    }
                } else if (ev == XMLStreamConstants.COMMENT || ev == XMLStreamConstants.DTD) {
                    out.add("container.xml has a comment or DOCTYPE");
                }
            }
        } catch (XMLStreamException e) {
            out.add("container.xml is not well-formed XML");
        }
        return path;
    }

    /** Checks the package document; returns its identifier. */
    private static String checkPackage(ZipMember m, List<String> out) {
        String part = m.name();
        String identifier = null;
        int identifiers = 0;
        int modified = 0;
        String uniqueId = null;
        String version = "";
        try {
            XMLStreamReader r = StaxParts.open(m.data());
            int depth = 0;
            int metadataDepth = -1;
            boolean seenMetadata = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    boolean dc = Ns.DC.equals(r.getNamespaceURI());
                    if (depth == 1) {
                        uniqueId = r.getAttributeValue(null, "unique-identifier");
                        version = String.valueOf(r.getAttributeValue(null, "version"));
                        if (r.getAttributeValue(null, "prefix") != null) {
                            out.add("'" + part + "' keeps a prefix map");
                        }
                    } else if (depth == 2 && !seenMetadata && Ns.OPF.equals(r.getNamespaceURI())
                            && local.equals("metadata")) {
                        metadataDepth = depth;
                        seenMetadata = true;
                    } else if (metadataDepth > 0 && depth == metadataDepth + 1) {
                        if (dc && local.equals("identifier")) {
                            identifiers++;
                            if (!onlyAttributes(r, Set.of("id")) || !String.valueOf(uniqueId)
                                    .equals(r.getAttributeValue(null, "id"))) {
                                out.add("'" + part + "' identifier is not the bare unique identifier");
                            }
                            identifier = r.getElementText().strip();
                            depth--;
                            if (!UUID_URN.matcher(identifier).matches()) {
                                out.add("'" + part + "' keeps the identifier " + identifier);
                            }
                        } else if (dc && (local.equals("title") || local.equals("language"))) {
                            if (!onlyAttributes(r, Set.of("lang", "dir"))) {
                                out.add("'" + part + "' dc:" + local + " keeps extra attributes");
                            }
                        } else if (Ns.OPF.equals(r.getNamespaceURI()) && local.equals("meta")) {
                            if ("cover".equals(r.getAttributeValue(null, "name")) && onlyAttributes(r,
                                    Set.of("name", "content"))) {
                                continue;
                            }
                            String property = r.getAttributeValue(null, "property");
                            boolean bare = onlyAttributes(r, Set.of("property"));
                            String text = r.getElementText().strip();
                            depth--;
                            if ("dcterms:modified".equals(property) && bare && text.equals(EpubOpf.FIXED_MODIFIED)) {
                                modified++;
                            } else if (property != null && property.matches("rendition:[a-z-]+") && bare
                                    && text.matches("[a-z-]{1,30}")) {
                                continue; // a fixed-layout keyword
                            } else {
                                out.add("'" + part + "' keeps <meta " + property + "> " + text);
                            }
                        } else {
                            out.add("'" + part + "' keeps <" + StaxParts.qname(r) + ">");
                        }
                    } else if (dc || metadataDepth > 0 || local.equals("metadata")) {
                        out.add("'" + part + "' keeps <" + StaxParts.qname(r) + ">");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == metadataDepth) {
                        metadataDepth = -1;
                    }
                    depth--;
                } else if (ev == XMLStreamConstants.COMMENT || ev == XMLStreamConstants.DTD
                        || ev == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    out.add("'" + part + "' has a comment, DOCTYPE or processing instruction");
                }
            }
        } catch (XMLStreamException e) {
            out.add("'" + part + "' is not well-formed XML or has unexpected structure");
        }
        if (identifiers != 1) {
            out.add("'" + part + "' has " + identifiers + " identifiers");
        }
        if (version.startsWith("3") && modified != 1) {
            out.add("'" + part + "' lacks the fixed dcterms:modified");
        }
        return identifier;
    }

    private static boolean onlyAttributes(XMLStreamReader r, Set<String> allowed) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            boolean plainOrXml = ns == null || ns.isEmpty() || ns.equals(XML_NS);
            if (!plainOrXml || !allowed.contains(r.getAttributeLocalName(i))) {
                return false;
            }
        }
        return true;
    }

    private static void checkMarkup(ZipMember m, boolean ncx, String identifier, List<String> out) {
        String part = m.name();
        try {
            XMLStreamReader r = StaxParts.open(m.data());
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String bad = ncx ? ncxResidue(r, identifier) : chapterResidue(r);
                        if (bad != null) {
                            out.add("'" + part + "' keeps " + bad);
                        }
                    }
                    case XMLStreamConstants.COMMENT -> out.add("'" + part + "' has a comment");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.add("'" + part + "' has a processing instruction");
                    case XMLStreamConstants.ENTITY_REFERENCE -> out.add("'" + part + "' uses an entity");
                    case XMLStreamConstants.DTD -> {
                        String dtd = r.getText();
                        if (dtd.contains("[") || dtd.contains("ENTITY")) {
                            out.add("'" + part + "' has a DOCTYPE with declarations");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            out.add("'" + part + "' is not well-formed XML");
        }
    }

    private static String ncxResidue(XMLStreamReader r, String identifier) {
        String local = r.getLocalName();
        if (local.equals("docAuthor")) {
            return "<docAuthor>";
        }
        if (local.equals("meta")) {
            String name = r.getAttributeValue(null, "name");
            if (!NCX_HEAD.contains(name)) {
                return "<meta " + name + ">";
            }
            if (name.equals("dtb:uid") && !String.valueOf(identifier).equals(r.getAttributeValue(null, "content"))) {
                return "an old dtb:uid";
            }
        }
        return null;
    }

    private static String chapterResidue(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        boolean html = ns == null || ns.isEmpty() || ns.equals(Ns.XHTML);
        if (local.equals("script")) {
            return "a script";
        }
        if (Ns.RDF.equals(ns) || Ns.SVG.equals(ns) && local.equals("metadata")) {
            return "embedded <" + StaxParts.qname(r) + ">";
        }
        if (html && local.equals("meta")) {
            String name = r.getAttributeValue(null, "name");
            String httpEquiv = r.getAttributeValue(null, "http-equiv");
            boolean charset = r.getAttributeValue(null, "charset") != null && name == null
                    && r.getAttributeValue(null, "content") == null;
            boolean contentType = httpEquiv != null && httpEquiv.equalsIgnoreCase("Content-Type");
            if (!charset && !contentType && !"viewport".equals(name)) {
                return "<meta " + (name != null ? name : r.getAttributeValue(null, "property")) + ">";
            }
        }
        return null;
    }
}
