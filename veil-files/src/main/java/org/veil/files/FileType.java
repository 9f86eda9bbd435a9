package org.veil.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every file type Veil knows, with the extensions a name of that type may carry. */
public enum FileType {
    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif", "tiff"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp", "dib"),
    HEIF("image/heif", "heic", "heif", "avif"),
    JXL("image/jxl", "jxl"),
    NETPBM("image/x-portable-anymap", "pnm", "pbm", "pgm", "ppm", "pam"),
    SVG("image/svg+xml", "svg"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "docm", "dotx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xlsm", "xltx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "pptm", "potx"),
    ODT("application/vnd.oasis.opendocument.text", "odt", "ott"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "ots"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp", "otp"),
    ODG("application/vnd.oasis.opendocument.graphics", "odg", "otg"),
    ODF("application/vnd.oasis.opendocument.formula", "odf"),
    EPUB("application/epub+zip", "epub"),
    MP3("audio/mpeg", "mp3"),
    FLAC("audio/flac", "flac"),
    OGG("audio/ogg", "ogg", "oga", "opus"),
    WAV("audio/wav", "wav"),
    AIFF("audio/aiff", "aiff", "aif", "aifc"),
    MP4("video/mp4", "mp4", "m4v"),
    MOV("video/quicktime", "mov", "qt"),
    M4A("audio/mp4", "m4a", "m4b"),
    AVI("video/x-msvideo", "avi"),
    ASF("video/x-ms-asf", "wmv", "wma", "asf"),
    ZIP("application/zip", "zip"),
    TORRENT("application/x-bittorrent", "torrent"),
    HTML("text/html", "html", "htm", "xhtml"),
    CSS("text/css", "css"),
    TEXT("text/plain", "txt", "text", "md", "csv", "log");

    private final String mime;
    private final List<String> extensions;

    FileType(String mime, String... extensions) {
        this.mime = mime;
        this.extensions = List.of(extensions);
    }

    public String mime() {
        return mime;
    }

    /** The usual extension, without a dot. */
    public String extension() {
        return extensions.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's extension claims, if Veil knows that extension. */
    public static Optional<FileType> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
