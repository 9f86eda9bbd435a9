package org.veil.files.office;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/**
 * The independent check of a cleaned Office document. It re-reads the archive, reads [Content_Types].xml,
 * relationships and every XML part with StAX (not the cleaner's DOM code), resolves targets with
 * {@link URI}, reads timestamps from the raw ZIP headers, and reports any metadata part, identifying element or
 * attribute, tracked change, dangling relationship or untyped part that is left.
 */
public final class OfficeVerifier implements Verifier {
    private static final Pattern METADATA_NAMES = Pattern.compile("(?i)^(customXml/.*|docProps/custom\\.xml"
            + "|docProps/thumbnail.*|\\[trash\\]/.*|docMetadata/.*"
            + "|.*/(comments[^/]*|commentAuthors\\.xml|authors\\.xml|people\\.xml|viewProps\\.xml)"
            + "|.*/(threadedComments|comments|persons|printerSettings|revisions|glossary)/.*"
            + "|.*vbaProject\\.bin|.*vbaData\\.xml)$");
    private static final List<String> METADATA_TYPES = List.of("comments", "commentauthors", "people+xml",
            "person+xml", "ms-powerpoint.authors", "printersettings", "custom-properties", "vbaproject", "vbadata",
            "macroenabled", "revisionheaders", "revisionlog", "usernames", "classificationlabels", "viewprops",
            "glossary");
    private static final Set<String> METADATA_RELS = Set.of("comments", "commentsExtended", "commentsIds",
            "commentsExtensible", "people", "person", "threadedComment", "commentAuthors", "authors",
            "printerSettings", "thumbnail", "custom-properties", "customXml", "customXmlProps", "vbaProject",
            "wordVbaData", "attachedTemplate", "glossaryDocument", "revisionHeaders", "usernames", "viewProps");
    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    @Override
    public Set<FileType> types() {
        return EnumSet.of(FileType.DOCX, FileType.XLSX, FileType.PPTX);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<ZipMember> members = SafeZip.read(cleaned, context.limits());
        List<String> out = new ArrayList<>(ZipHeaderCheck.residue(cleaned));
        Map<String, ZipMember> parts = new LinkedHashMap<>();
        for (ZipMember m : members) {
            if (m.isDirectory()) {
                out.add("the archive has a folder entry '" + m.name() + "'");
            } else {
                parts.put(m.name().toLowerCase(Locale.ROOT), m);
            }
        }
        if (members.isEmpty() || !members.get(0).name().equals("[Content_Types].xml")) {
            out.add("[Content_Types].xml is not the first member");
            return out;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        readContentTypes(members.get(0).data(), defaults, overrides, out);
        for (String override : overrides.keySet()) {
            if (!parts.containsKey(override)) {
                out.add("[Content_Types].xml names a missing part '/" + override + "'");
            }
        }
        for (ZipMember m : parts.values()) {
            String name = m.name();
            if (name.equals("[Content_Types].xml")) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            int dot = key.lastIndexOf('.');
            String contentType = overrides.getOrDefault(key,
                    dot > key.lastIndexOf('/') ? defaults.get(key.substring(dot + 1)) : null);
            if (contentType == null) {
                out.add("'" + name + "' has no content type in [Content_Types].xml");
                continue;
            }
            if (METADATA_NAMES.matcher(name).matches()
                    || METADATA_TYPES.stream().anyMatch(contentType::contains)) {
                out.add("metadata part '" + name + "' (" + contentType + ") is still there");
            }
            if (key.endsWith(".rels")) {
                checkRelationships(name, m.data(), parts, out);
            } else if (contentType.endsWith("xml") || key.endsWith(".xml") || key.endsWith(".vml")) {
                XmlResidueScan.Role role = contentType.contains("core-properties") ? XmlResidueScan.Role.CORE
                        : contentType.contains("extended-properties") ? XmlResidueScan.Role.APP
                        : XmlResidueScan.Role.CONTENT;
                XmlResidueScan.scan(name, m.data(), role, out);
            }
        }
        return out;
    }

    private static void readContentTypes(byte[] xml, Map<String, String> defaults, Map<String, String> overrides,
                                         List<String> out) {
        XmlResidueScan.walk("[Content_Types].xml", xml, out, r -> {
            if (!TYPES_NS.equals(r.getNamespaceURI())) {
                return;
            }
            String contentType = attr(r, "ContentType").toLowerCase(Locale.ROOT);
            if (r.getLocalName().equals("Default")) {
                defaults.put(attr(r, "Extension").toLowerCase(Locale.ROOT), contentType);
            } else if (r.getLocalName().equals("Override")) {
                String part = attr(r, "PartName");
                overrides.put((part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT), contentType);
            }
        });
    }

    private static void checkRelationships(String relsName, byte[] xml, Map<String, ZipMember> parts,
                                           List<String> out) {
        int folder = relsName.lastIndexOf("_rels/");
        String source = "/" + relsName.substring(0, folder)
                + relsName.substring(folder + "_rels/".length(), relsName.length() - ".rels".length());
        if (!source.equals("/") && !parts.containsKey(source.substring(1).toLowerCase(Locale.ROOT))) {
            out.add("'" + relsName + "' belongs to a missing part");
        }
        XmlResidueScan.walk(relsName, xml, out, r -> {
            if (!RELS_NS.equals(r.getNamespaceURI()) || !r.getLocalName().equals("Relationship")) {
                return;
            }
            String type = attr(r, "Type");
            String target = attr(r, "Target");
            String kind = type.substring(type.lastIndexOf('/') + 1);
            if (METADATA_RELS.contains(kind)) {
                out.add("'" + relsName + "' still links to " + kind + " (" + target + ")");
            }
            if ("External".equals(attr(r, "TargetMode"))) {
                if (!type.equals(HYPERLINK)) {
                    out.add("'" + relsName + "' links to an outside resource (" + kind + ": " + target + ")");
                }
                return;
            }
            try {
                String path = new URI(null, null, source, null).resolve(new URI(target)).getPath();
                String key = path == null ? "" : path.replaceFirst("^/", "").toLowerCase(Locale.ROOT);
                if (!parts.containsKey(key)) {
                    out.add("'" + relsName + "' points to a missing part (" + target + ")");
                }
            } catch (URISyntaxException e) {
                out.add("'" + relsName + "' has a malformed target (" + target + ")");
            }
        });
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }
}
