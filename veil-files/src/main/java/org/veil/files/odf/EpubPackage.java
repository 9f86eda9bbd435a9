package org.veil.files.odf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** An EPUB read safely: its package document located through the container, and every member classified. */
record EpubPackage(String packagePath, List<Entry> entries) {
    static final String CONTAINER = "META-INF/container.xml";
    static final String MIMETYPE = "application/epub+zip";
    static final String PACKAGE_MEDIA_TYPE = "application/oebps-package+xml";

    record Entry(ZipMember member, EpubPart part) {
        String name() {
            return member.name();
        }
    }

    static EpubPackage read(byte[] content, Limits limits) throws RefusedException {
        List<ZipMember> members = SafeZip.read(content, limits);
        Map<String, ZipMember> byName = new HashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
        ZipMember mimetype = byName.get("mimetype");
        if (mimetype == null || !new String(mimetype.data(), StandardCharsets.US_ASCII).trim().equals(MIMETYPE)) {
            throw new RefusedException("not an EPUB (no 'mimetype' saying " + MIMETYPE + ")");
        }
        if (byName.containsKey("META-INF/encryption.xml") || byName.containsKey("META-INF/rights.xml")) {
            throw new RefusedException("the book is encrypted or has DRM (META-INF/encryption.xml or rights.xml); "
                    + "Veil cannot see inside it");
        }
        ZipMember container = byName.get(CONTAINER);
        if (container == null) {
            throw new RefusedException("not a complete EPUB (no " + CONTAINER + ")");
        }
        String packagePath = packagePath(container.data());
        ZipMember opf = byName.get(packagePath);
        if (opf == null) {
            throw new RefusedException("the package document '" + packagePath + "' named by the container is missing");
        }
        Map<String, String> mediaTypes = new HashMap<>();
        String ncx = manifest(opf.data(), packagePath, mediaTypes);
        List<Entry> entries = new ArrayList<>();
        for (ZipMember m : members) {
            entries.add(new Entry(m, EpubPart.of(m.name(), mediaTypes.get(m.name()), packagePath, ncx)));
        }
        return new EpubPackage(packagePath, entries);
    }

    private static String packagePath(byte[] xml) throws RefusedException {
        Document doc = SafeXml.parse(xml, CONTAINER);
        List<String> paths = new ArrayList<>();
        for (Element e : Dom.elements(doc.getDocumentElement())) {
            if (Dom.is(e, Ns.CONTAINER, "rootfile")
                    && PACKAGE_MEDIA_TYPE.equals(Dom.attr(e, null, "media-type"))) {
                paths.add(Dom.attr(e, null, "full-path"));
            }
        }
        if (paths.size() != 1 || paths.get(0) == null || paths.get(0).isEmpty()) {
            throw new RefusedException("the EPUB container names " + paths.size()
                    + " package documents; Veil cleans books with exactly one");
        }
        return paths.get(0);
    }

    /** Fills the media type of each manifest item by its path in the container; returns the NCX path or null. */
    private static String manifest(byte[] opf, String packagePath, Map<String, String> mediaTypes)
            throws RefusedException {
        Element root = SafeXml.parse(opf, packagePath).getDocumentElement();
        String base = packagePath.contains("/") ? packagePath.substring(0, packagePath.lastIndexOf('/') + 1) : "";
        Element spine = Dom.child(root, Ns.OPF, "spine");
        String tocId = spine == null ? null : Dom.attr(spine, null, "toc");
        String ncx = null;
        Element manifest = Dom.child(root, Ns.OPF, "manifest");
        if (manifest == null) {
            throw new RefusedException("the package document has no manifest");
        }
        for (Element item : Dom.children(manifest)) {
            String href = Dom.attr(item, null, "href");
            if (!Dom.is(item, Ns.OPF, "item") || href == null) {
                continue;
            }
            String path = resolve(base, href);
            mediaTypes.put(path, String.valueOf(Dom.attr(item, null, "media-type")));
            if (tocId != null && tocId.equals(Dom.attr(item, null, "id"))) {
                ncx = path;
            }
        }
        return ncx;
    }

    /** A manifest href made into a container path: relative to the package document, percent-decoded. */
    static String resolve(String base, String href) {
        String path;
        try {
            path = new URI(null, null, base, null).resolve(new URI(href)).getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            path = base + href;
        }
        return path == null ? base + href : path;
    }

    /** A container.xml naming only the package document. */
    byte[] minimalContainer() {
        Document doc = SafeXml.newDocument();
        Element container = doc.createElementNS(Ns.CONTAINER, "container");
        container.setAttribute("version", "1.0");
        Element rootfiles = doc.createElementNS(Ns.CONTAINER, "rootfiles");
        Element rootfile = doc.createElementNS(Ns.CONTAINER, "rootfile");
        rootfile.setAttribute("full-path", packagePath);
        rootfile.setAttribute("media-type", PACKAGE_MEDIA_TYPE);
        rootfiles.appendChild(rootfile);
        container.appendChild(rootfiles);
        doc.appendChild(container);
        return SafeXml.write(doc);
    }
}
