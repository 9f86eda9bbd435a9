package org.veil.files.odf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Independent check of a cleaned OpenDocument package, by an allow-list: only the parts a clean document needs
 * may be present, meta.xml must be an empty {@code office:meta}, no XML part may hold change tracking, comments,
 * Dublin Core or meta elements, XML comments, DTDs, rsids or scripts, settings.xml may hold no printer, user,
 * binary or path items, the manifest must list exactly the files present, and the ZIP itself must carry no
 * timestamps. Reads with StAX and raw bytes, never with the cleaner's DOM code. Pictures were verified by their
 * own verifier when they were cleaned.
 */
public final class OdfVerifier implements Verifier {
    private static final Set<String> DOCUMENT_PARTS = Set.of("content.xml", "styles.xml", "meta.xml", "settings.xml");
    private static final Set<String> FORBIDDEN_TEXT = Set.of("tracked-changes", "changed-region", "change-start",
            "change-end", "change", "insertion", "deletion", "format-change");
    private static final Set<String> FORBIDDEN_OFFICE = Set.of("annotation", "annotation-end", "change-info",
            "script", "scripts");
    private static final Pattern SUSPECT_SETTING = Pattern.compile(
            "Printer.*|PrintFax.*|.*Database.*|Rsid.*|.*ProtectionKey");
    private static final Pattern PATH_VALUE = Pattern.compile("(?i)^\\s*([a-z][a-z0-9+.-]*:|/|~|\\\\).*",
            Pattern.DOTALL);

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.ODT, FileType.ODS, FileType.ODP, FileType.ODG, FileType.ODF);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<String> out = new ArrayList<>(RawZipCheck.residue(cleaned));
        List<ZipMember> members = SafeZip.read(cleaned, context.limits());
        ZipMember manifest = members.stream().filter(m -> m.name().equals(OdfManifest.PATH)).findFirst().orElse(null);
        if (manifest == null) {
            out.add("no manifest");
            return out;
        }
        Set<String> listed = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        readManifest(manifest.data(), listed, folders, out);
        Set<String> present = new TreeSet<>();
        for (ZipMember m : members) {
            if (m.name().equals("mimetype") || m.name().equals(OdfManifest.PATH)) {
                continue;
            }
            present.add(m.name());
            String relative = relativePath(m.name(), folders);
            if (relative == null) {
                out.add("unexpected member '" + m.name() + "'");
            } else if (relative.endsWith(".xml")) {
                checkPart(m, relative, out);
            }
        }
        if (!listed.equals(present)) {
            Set<String> diff = new TreeSet<>(listed);
            diff.removeAll(present);
            Set<String> extra = new TreeSet<>(present);
            extra.removeAll(listed);
            out.add("the manifest does not list exactly the files present (listed only: " + diff
                    + ", present only: " + extra + ")");
        }
        for (String f : folders) {
            if (!f.equals("/") && present.stream().noneMatch(p -> p.startsWith(f))) {
                out.add("the manifest lists an empty folder '" + f + "'");
            }
        }
        return out;
    }

    /** The path inside its (sub-)document if it is a part a clean document may have, else null. */
    private static String relativePath(String name, Set<String> folders) {
        String relative = name;
        for (String f : folders) {
            if (!f.equals("/") && name.startsWith(f) && name.length() - f.length() < relative.length()) {
                relative = name.substring(f.length());
            }
        }
        boolean allowed = DOCUMENT_PARTS.contains(relative)
                || (relative.startsWith("Pictures/") || relative.startsWith("Media/")) && !relative.endsWith("/");
        return allowed ? relative : null;
    }

    private static void readManifest(byte[] xml, Set<String> listed, Set<String> folders, List<String> out) {
        try {
            XMLStreamReader r = StaxParts.open(xml);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (!Ns.MANIFEST.equals(r.getNamespaceURI())
                            || !(r.getLocalName().equals("manifest") || r.getLocalName().equals("file-entry"))) {
                        out.add("the manifest holds <" + StaxParts.qname(r) + ">");
                    }
                    String path = r.getAttributeValue(Ns.MANIFEST, "full-path");
                    if (path != null) {
                        (path.endsWith("/") ? folders : listed).add(path);
                    }
                } else if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.COMMENT) {
                    out.add("the manifest has a DOCTYPE or a comment");
                }
            }
        } catch (XMLStreamException e) {
            out.add("the manifest is not well-formed XML");
        }
        if (!folders.contains("/")) {
            out.add("the manifest has no root entry");
        }
    }

    private static void checkPart(ZipMember m, String relative, List<String> out) {
        String part = m.name();
        boolean meta = relative.equals("meta.xml");
        boolean settings = relative.equals("settings.xml");
        try {
            XMLStreamReader r = StaxParts.open(m.data());
            int depth = 0;
            String item = null;
            StringBuilder value = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String bad = forbidden(r, meta, depth);
                        if (bad != null) {
                            out.add("'" + part + "' still holds " + bad);
                        }
                        if (settings) {
                            item = settingsItem(r, part, out);
                            value.setLength(0);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (item != null && PATH_VALUE.matcher(value).matches()) {
                            out.add("'" + part + "' setting " + item + " holds a path or address");
                        }
                        item = null;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (meta && !r.isWhiteSpace()) {
                            out.add("'" + part + "' holds text");
                        }
                        value.append(r.getText());
                    }
                    case XMLStreamConstants.DTD -> out.add("'" + part + "' has a DOCTYPE");
                    case XMLStreamConstants.COMMENT -> out.add("'" + part + "' has an XML comment");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.add("'" + part + "' has a processing instruction");
                    case XMLStreamConstants.ENTITY_REFERENCE -> out.add("'" + part + "' uses an entity");
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            out.add("'" + part + "' is not well-formed XML");
        }
    }

    /** What is wrong with the element the reader is on, or null. */
    private static String forbidden(XMLStreamReader r, boolean meta, int depth) {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        String what = "<" + StaxParts.qname(r) + ">";
        if (meta) {
            boolean ok = depth == 1 && Ns.OFFICE.equals(ns) && local.equals("document-meta")
                    || depth == 2 && Ns.OFFICE.equals(ns) && local.equals("meta");
            return ok ? null : what;
        }
        if (Ns.DC.equals(ns) || Ns.META.equals(ns) || Ns.SCRIPT.equals(ns)
                || Ns.TEXT.equals(ns) && FORBIDDEN_TEXT.contains(local)
                || Ns.TABLE.equals(ns) && local.equals("tracked-changes")
                || Ns.OFFICE.equals(ns) && FORBIDDEN_OFFICE.contains(local)
                || Ns.OFFICEOOO.equals(ns) && local.startsWith("annotation")) {
            return what;
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (Ns.OFFICEOOO.equals(r.getAttributeNamespace(i)) && r.getAttributeLocalName(i).endsWith("rsid")) {
                return "an editing-session id on " + what;
            }
        }
        return null;
    }

    /** Checks a settings element; returns the item name when its value must be checked for paths. */
    private static String settingsItem(XMLStreamReader r, String part, List<String> out) {
        String name = r.getAttributeValue(Ns.CONFIG, "name");
        if (!Ns.CONFIG.equals(r.getNamespaceURI()) || name == null) {
            return null;
        }
        if (r.getLocalName().equals("config-item-set") && name.equals("ooo:view-settings")) {
            out.add("'" + part + "' still has view settings");
        }
        if (!r.getLocalName().equals("config-item")) {
            return null;
        }
        if (SUSPECT_SETTING.matcher(name).matches() && !name.equals("PrinterIndependentLayout")) {
            out.add("'" + part + "' still has the setting " + name);
        }
        if ("base64Binary".equals(r.getAttributeValue(Ns.CONFIG, "type"))) {
            out.add("'" + part + "' still has the binary setting " + name);
        }
        return "string".equals(r.getAttributeValue(Ns.CONFIG, "type")) ? name : null;
    }
}
