package org.veil.files.odf;

import java.util.Locale;
import java.util.Set;
import org.veil.files.FileType;

/** What a member of an EPUB container is, and so what the cleaner does with it. */
enum EpubPart {
    MIMETYPE,
    /** META-INF/container.xml: rewritten to name the package document and nothing else. */
    CONTAINER,
    /** The OPF package document: its metadata is replaced by a minimal set. */
    PACKAGE,
    /** The EPUB 2 table of contents: its head loses all but the structural meta, the author goes. */
    NCX,
    XHTML,
    /** Fonts are content (the book's typography) and are kept as they are. */
    FONT,
    /** Images, stylesheets, audio, video: cleaned as files of their own. */
    EMBEDDED_FILE,
    /** Reader and store leftovers: signatures, container metadata, bookmarks, iTunes purchase records. */
    DROPPED,
    /** DRM or font obfuscation: refused. */
    ENCRYPTED,
    SCRIPT,
    UNKNOWN;

    private static final Set<String> DROPPED_NAMES = Set.of("META-INF/signatures.xml", "META-INF/metadata.xml",
            "META-INF/manifest.xml", "META-INF/calibre_bookmarks.txt", "iTunesMetadata.plist", "iTunesArtwork");
    private static final Set<String> FONT_EXTENSIONS = Set.of("ttf", "otf", "woff", "woff2");

    /**
     * {@code mediaType} is what the package document's manifest says of the member (null if unlisted);
     * {@code packagePath} and {@code ncxPath} name the OPF and NCX (the latter may be null).
     */
    static EpubPart of(String name, String mediaType, String packagePath, String ncxPath) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (name.endsWith("/")) {
            return DROPPED;
        }
        if (name.equals("mimetype")) {
            return MIMETYPE;
        }
        if (name.equals("META-INF/container.xml")) {
            return CONTAINER;
        }
        if (name.equals("META-INF/encryption.xml") || name.equals("META-INF/rights.xml")) {
            return ENCRYPTED;
        }
        if (DROPPED_NAMES.contains(name)) {
            return DROPPED;
        }
        if (name.startsWith("META-INF/")) {
            return UNKNOWN;
        }
        if (name.equals(packagePath)) {
            return PACKAGE;
        }
        if (name.equals(ncxPath) || type.equals("application/x-dtbncx+xml") || ext.equals("ncx")) {
            return NCX;
        }
        if (type.equals("application/xhtml+xml") || Set.of("xhtml", "html", "htm").contains(ext)) {
            return XHTML;
        }
        if (type.contains("javascript") || type.contains("ecmascript") || ext.equals("js")) {
            return SCRIPT;
        }
        if (FONT_EXTENSIONS.contains(ext) || type.startsWith("font/") || type.startsWith("application/font-")
                || type.startsWith("application/x-font-") || type.equals("application/vnd.ms-opentype")) {
            return FONT;
        }
        return FileType.byName(name).isPresent() ? EMBEDDED_FILE : UNKNOWN;
    }
}
