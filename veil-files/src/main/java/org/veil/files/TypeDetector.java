package org.veil.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/**
 * Decides a file's type from its content (magic bytes, container structure), never from its name alone. The name
 * is only a cross-check: a known extension that disagrees with the content is refused, because a file that lies
 * about its type may be cleaned by the wrong rules.
 */
public final class TypeDetector {
    private static final Set<FileType> TEXT_TYPES = Set.of(FileType.TEXT, FileType.CSS, FileType.HTML, FileType.SVG);
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1", "avif", "avis");
    private static final Set<String> QUICKTIME_BRANDS = Set.of("qt  ");
    private static final Set<String> AUDIO_MP4_BRANDS = Set.of("M4A ", "M4B ", "M4P ", "F4A ");

    private final Limits limits;

    public TypeDetector(Limits limits) {
        this.limits = limits;
    }

    /** The type of {@code content}; refuses unknown content and a name whose extension says otherwise. */
    public FileType detect(byte[] content, String name) throws RefusedException {
        if (content.length == 0) {
            throw new RefusedException("the file is empty");
        }
        Optional<FileType> claimed = FileType.byName(name);
        FileType found = sniff(content, name, claimed)
                .orElseThrow(() -> new RefusedException("unknown or unsupported file type"
                        + claimed.map(t -> " (the name says ." + t.extension() + " but the content is not)").orElse("")));
        if (claimed.isPresent() && claimed.get() != found && !compatible(claimed.get(), found)) {
            throw new RefusedException("the content is " + found + " but the name says ." + extensionOf(name)
                    + "; rename it or check where it came from");
        }
        return found;
    }

    private static boolean compatible(FileType claimed, FileType found) {
        // MP4 and M4A share one container and brands vary between encoders.
        return (claimed == FileType.MP4 || claimed == FileType.M4A) && (found == FileType.MP4 || found == FileType.M4A);
    }

    private static String extensionOf(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private Optional<FileType> sniff(byte[] c, String name, Optional<FileType> claimed) throws RefusedException {
        if (startsWith(c, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(c, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(c, 0, 'I', 'I', 42, 0) || startsWith(c, 0, 'M', 'M', 0, 42)
                || startsWith(c, 0, 'I', 'I', 43, 0) || startsWith(c, 0, 'M', 'M', 0, 43)) {
            return Optional.of(FileType.TIFF);
        }
        if (startsWith(c, 0, 0xFF, 0x0A) || startsWith(c, 0, 0, 0, 0, 0x0C, 'J', 'X', 'L', ' ', 0x0D, 0x0A, 0x87, 0x0A)) {
            return Optional.of(FileType.JXL); // a bare JPEG XL codestream, or its box container
        }
        if (ascii(c, 0, "GIF87a") || ascii(c, 0, "GIF89a")) {
            return Optional.of(FileType.GIF);
        }
        if (ascii(c, 0, "RIFF") && c.length >= 12) {
            if (ascii(c, 8, "WEBP")) {
                return Optional.of(FileType.WEBP);
            }
            if (ascii(c, 8, "WAVE")) {
                return Optional.of(FileType.WAV);
            }
            if (ascii(c, 8, "AVI ")) {
                return Optional.of(FileType.AVI);
            }
            return Optional.empty();
        }
        if (ascii(c, 0, "FORM") && c.length >= 12 && (ascii(c, 8, "AIFF") || ascii(c, 8, "AIFC"))) {
            return Optional.of(FileType.AIFF);
        }
        if (ascii(c, 0, "BM") && c.length >= 26 && bmpHeaderPlausible(c)) {
            return Optional.of(FileType.BMP);
        }
        if (c.length >= 12 && ascii(c, 4, "ftyp")) {
            return Optional.of(isoType(c));
        }
        if (c.length >= 8 && (ascii(c, 4, "moov") || ascii(c, 4, "mdat") || ascii(c, 4, "wide")
                || ascii(c, 4, "free") && claimed.orElse(null) == FileType.MOV)) {
            return Optional.of(FileType.MOV);
        }
        if (startsWith(c, 0, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE,
                0x6C)) {
            return Optional.of(FileType.ASF); // the ASF header object's GUID
        }
        if (startsWith(c, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // Password-protected .docx/.xlsx/.pptx are OLE2 containers too, as are legacy .doc/.xls/.ppt.
            throw new RefusedException("an OLE2 compound file: a password-protected Office document or a legacy "
                    + ".doc/.xls/.ppt; remove the password and save it as .docx/.xlsx/.pptx or .odt first");
        }
        if (pdfHeader(c)) {
            return Optional.of(FileType.PDF);
        }
        if (SafeZip.looksLikeZip(c)) {
            return Optional.of(zipType(c));
        }
        if (ascii(c, 0, "fLaC") || ascii(c, 0, "ID3") && ascii(c, afterId3v2(c), "fLaC")) {
            return Optional.of(FileType.FLAC);
        }
        if (ascii(c, 0, "OggS")) {
            return Optional.of(FileType.OGG);
        }
        if (ascii(c, 0, "ID3") || mpegAudioFrame(c, 0)) {
            return Optional.of(FileType.MP3);
        }
        if (org.veil.files.torrent.Bencode.looksLikeTorrent(c)) {
            return Optional.of(FileType.TORRENT);
        }
        if (org.veil.files.netpbm.NetpbmParser.hasHeader(c)) {
            return Optional.of(FileType.NETPBM);
        }
        // Text-based formats with identifying content come before the plain-text pass-through, and so does a name
        // that claims one: only what no known format matches is treated as plain text.
        Optional<UncleanedFormat> uncleaned = UncleanedFormat.recognise(c, xmlRoot(c));
        if (uncleaned.isEmpty()) {
            uncleaned = UncleanedFormat.byName(name);
        }
        if (uncleaned.isPresent()) {
            throw new RefusedException(uncleaned.get().refusal());
        }
        return textType(c, claimed);
    }

    private static FileType isoType(byte[] c) {
        String major = new String(c, 8, 4, StandardCharsets.ISO_8859_1);
        if (HEIF_BRANDS.contains(major)) {
            return FileType.HEIF;
        }
        if (QUICKTIME_BRANDS.contains(major)) {
            return FileType.MOV;
        }
        if (AUDIO_MP4_BRANDS.contains(major)) {
            return FileType.M4A;
        }
        return FileType.MP4;
    }

    private FileType zipType(byte[] c) throws RefusedException {
        List<ZipMember> members = SafeZip.read(c, limits);
        for (ZipMember m : members) {
            if (m.name().equals("mimetype")) {
                String mime = new String(m.data(), StandardCharsets.US_ASCII).trim();
                for (FileType t : List.of(FileType.ODT, FileType.ODS, FileType.ODP, FileType.ODG, FileType.ODF,
                        FileType.EPUB)) {
                    if (mime.equals(t.mime()) || mime.equals(t.mime() + "-template")) {
                        return t;
                    }
                }
                if (mime.startsWith("application/vnd.oasis.opendocument")) {
                    throw new RefusedException("OpenDocument type " + mime + " is not supported");
                }
            }
        }
        boolean contentTypes = members.stream().anyMatch(m -> m.name().equals("[Content_Types].xml"));
        if (contentTypes) {
            for (ZipMember m : members) {
                switch (m.name()) {
                    case "word/document.xml": return FileType.DOCX;
                    case "xl/workbook.xml": return FileType.XLSX;
                    case "ppt/presentation.xml": return FileType.PPTX;
                    default: break;
                }
            }
            throw new RefusedException("an Office Open XML package of a kind Veil does not know");
        }
        return FileType.ZIP;
    }

    /** Where the data after a leading ID3v2 tag starts (some taggers put one before a FLAC stream too). */
    private static int afterId3v2(byte[] c) {
        if (c.length < 10) {
            return c.length;
        }
        int size = (c[6] & 0x7F) << 21 | (c[7] & 0x7F) << 14 | (c[8] & 0x7F) << 7 | (c[9] & 0x7F);
        boolean footer = (c[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    private static boolean pdfHeader(byte[] c) {
        // The header may follow up to 1 KB of junk, as readers accept.
        int max = Math.min(c.length - 5, 1024);
        for (int i = 0; i <= max; i++) {
            if (ascii(c, i, "%PDF-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean bmpHeaderPlausible(byte[] c) {
        ByteBuffer b = ByteBuffer.wrap(c).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int dibSize = b.getInt(14);
        long dataOffset = Integer.toUnsignedLong(b.getInt(10));
        return (dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64 || dibSize == 108
                || dibSize == 124) && dataOffset >= 14 + dibSize && dataOffset <= c.length;
    }

    /** An MPEG audio frame header: sync, a valid version, layer, bitrate and sample-rate index. */
    private static boolean mpegAudioFrame(byte[] c, int i) {
        if (c.length < i + 4 || (c[i] & 0xFF) != 0xFF || (c[i + 1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (c[i + 1] >> 3) & 3;
        int layer = (c[i + 1] >> 1) & 3;
        int bitrate = (c[i + 2] >> 4) & 0xF;
        int rate = (c[i + 2] >> 2) & 3;
        return version != 1 && layer != 0 && bitrate != 0xF && bitrate != 0 && rate != 3;
    }

    private static Optional<FileType> textType(byte[] c, Optional<FileType> claimed) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(c)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1).stripLeading();
        }
        boolean markup = head.startsWith("<");
        // The root element decides, not a tag anywhere: HTML pages often hold inline <svg>, SVGs XHTML.
        String root = markup ? rootElement(head) : "";
        if (root.equals("svg")) {
            return Optional.of(FileType.SVG);
        }
        if (markup && (root.equals("html") || head.startsWith("<!doctype html") || head.contains("<html"))) {
            return Optional.of(FileType.HTML);
        }
        FileType asClaimed = claimed.filter(TEXT_TYPES::contains).orElse(FileType.TEXT);
        if (asClaimed == FileType.HTML && !markup) {
            return Optional.of(FileType.TEXT);
        }
        if (asClaimed == FileType.SVG) {
            return Optional.of(FileType.TEXT);
        }
        return Optional.of(asClaimed);
    }

    /** The lower-cased root element of markup in the first 4 KB, decoded as Latin-1; empty if none. */
    private static String xmlRoot(byte[] c) {
        String head = new String(c, 0, Math.min(c.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return rootElement(head);
    }

    /**
     * The local name of the first element of lower-cased markup, after any XML declaration, processing
     * instructions, comments and DOCTYPE; empty if there is none within {@code head}.
     */
    private static String rootElement(String head) {
        int i = 0;
        while (i < head.length()) {
            if (Character.isWhitespace(head.charAt(i))) {
                i++;
            } else if (head.startsWith("<?", i)) {
                i = after(head, "?>", i);
            } else if (head.startsWith("<!--", i)) {
                i = after(head, "-->", i + 4);
            } else if (head.startsWith("<!doctype", i)) {
                int close = head.indexOf('>', i);
                int subset = head.indexOf('[', i);
                i = subset >= 0 && (close < 0 || subset < close) ? after(head, "]>", subset) : after(head, ">", i);
            } else if (head.startsWith("<", i)) {
                int end = i + 1;
                while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end))
                        || "_:.-".indexOf(head.charAt(end)) >= 0)) {
                    end++;
                }
                String name = head.substring(i + 1, end);
                return name.substring(name.indexOf(':') + 1);
            } else {
                return "";
            }
        }
        return "";
    }

    /** The index just past the next {@code close} at or after {@code from}, or the end if there is none. */
    private static int after(String s, String close, int from) {
        int at = s.indexOf(close, from);
        return at < 0 ? s.length() : at + close.length();
    }

    private static boolean startsWith(byte[] c, int at, int... bytes) {
        if (c.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((c[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] c, int at, String s) {
        return org.veil.files.Ascii.at(c, at, s);
    }
}
