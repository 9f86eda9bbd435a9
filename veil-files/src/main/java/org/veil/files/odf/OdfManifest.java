package org.veil.files.odf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * META-INF/manifest.xml as the cleaner needs it: the media type of each listed path, which folders are embedded
 * sub-documents ("Object 1/"), and whether the package is password-protected. It is written back listing exactly
 * the files that remain.
 */
record OdfManifest(String version, Map<String, String> mediaTypes) {
    static final String PATH = "META-INF/manifest.xml";
    private static final String SUB_DOCUMENT_TYPE = "application/vnd.oasis.opendocument.";

    static OdfManifest parse(byte[] xml) throws RefusedException {
        Document doc = SafeXml.parse(xml, PATH);
        Element root = doc.getDocumentElement();
        if (!Dom.is(root, Ns.MANIFEST, "manifest")) {
            throw new RefusedException("'" + PATH + "' is not an OpenDocument manifest");
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (Element e : Dom.elements(root)) {
            if (Dom.is(e, Ns.MANIFEST, "encryption-data")) {
                throw new RefusedException("the document is password-protected (encrypted); open it, remove the "
                        + "password and save it again first");
            }
            if (Dom.is(e, Ns.MANIFEST, "file-entry")) {
                String path = Dom.attr(e, Ns.MANIFEST, "full-path");
                if (path == null) {
                    throw new RefusedException("'" + PATH + "' has an entry without a path");
                }
                String type = Dom.attr(e, Ns.MANIFEST, "media-type");
                types.put(path, type == null ? "" : type);
            }
        }
        return new OdfManifest(Dom.attr(root, Ns.MANIFEST, "version"), types);
    }

    /** Folders the manifest declares as embedded OpenDocument sub-documents, such as "Object 1/". */
    List<String> subDocuments() {
        List<String> out = new ArrayList<>();
        mediaTypes.forEach((path, type) -> {
            if (path.endsWith("/") && !path.equals("/") && type.startsWith(SUB_DOCUMENT_TYPE)) {
                out.add(path);
            }
        });
        return out;
    }

    /** A manifest for the root media type, the sub-documents that still hold files, and exactly {@code files}. */
    byte[] rewrite(String rootMediaType, List<String> files) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(Ns.MANIFEST, "manifest:manifest");
        if (version != null) {
            root.setAttributeNS(Ns.MANIFEST, "manifest:version", version);
        }
        doc.appendChild(root);
        root.appendChild(entry(doc, "/", rootMediaType));
        for (String sub : subDocuments()) {
            if (files.stream().anyMatch(f -> f.startsWith(sub))) {
                root.appendChild(entry(doc, sub, mediaTypes.get(sub)));
            }
        }
        for (String f : files) {
            String type = mediaTypes.get(f);
            root.appendChild(entry(doc, f, type != null ? type : f.endsWith(".xml") ? "text/xml" : ""));
        }
        return SafeXml.write(doc);
    }

    private Element entry(Document doc, String path, String mediaType) {
        Element e = doc.createElementNS(Ns.MANIFEST, "manifest:file-entry");
        e.setAttributeNS(Ns.MANIFEST, "manifest:full-path", path);
        if (path.endsWith("/") && version != null) {
            e.setAttributeNS(Ns.MANIFEST, "manifest:version", version);
        }
        e.setAttributeNS(Ns.MANIFEST, "manifest:media-type", mediaType);
        return e;
    }
}
