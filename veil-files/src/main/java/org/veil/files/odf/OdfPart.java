package org.veil.files.odf;

import java.util.List;

/**
 * What a member of an OpenDocument package is, and so what the cleaner does with it. Paths are classified
 * relative to the document they belong to: the package root or an embedded sub-document folder ("Object 1/").
 */
enum OdfPart {
    MIMETYPE,
    MANIFEST,
    /** content.xml and styles.xml: the text, kept, minus tracked changes, comments and stray metadata. */
    BODY,
    /** meta.xml: replaced by an empty one. */
    META,
    SETTINGS,
    /** Pictures and media: cleaned as files of their own. */
    EMBEDDED_FILE,
    /** Thumbnails, replacement previews, UI configuration, layout caches, RDF metadata, signatures. */
    DROPPED,
    /** Basic and script libraries, dialogs, macro signatures: refused. */
    MACROS,
    UNKNOWN;

    /** {@code path} is relative to its document; {@code atRoot} says whether that document is the package root. */
    static OdfPart of(String path, boolean atRoot) {
        if (path.isEmpty() || path.endsWith("/")) {
            return DROPPED; // folder entries: the writer needs none, the manifest lists sub-documents itself
        }
        if (atRoot && path.equals("mimetype")) {
            return MIMETYPE;
        }
        if (atRoot && path.equals(OdfManifest.PATH)) {
            return MANIFEST;
        }
        if (atRoot && path.equals("META-INF/macrosignatures.xml")) {
            return MACROS;
        }
        if (atRoot && path.equals("META-INF/documentsignatures.xml")) {
            return DROPPED; // signatures name the signer and would be invalid after cleaning anyway
        }
        switch (path) {
            case "content.xml", "styles.xml": return BODY;
            case "meta.xml": return META;
            case "settings.xml": return SETTINGS;
            case "manifest.rdf", "layout-cache": return DROPPED;
            default: break;
        }
        if (startsWithAny(path, List.of("Basic/", "Scripts/", "Dialogs/"))) {
            return MACROS;
        }
        if (startsWithAny(path, List.of("Thumbnails/", "ObjectReplacements/", "Configurations2/"))) {
            return DROPPED;
        }
        if (startsWithAny(path, List.of("Pictures/", "Media/"))) {
            return EMBEDDED_FILE;
        }
        return UNKNOWN;
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(path::startsWith);
    }
}
