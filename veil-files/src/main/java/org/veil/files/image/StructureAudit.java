package org.veil.files.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

/**
 * The verifier's own walk over a cleaned file's container, written apart from the cleaners so that a mistake in
 * one is not repeated in the other. It lists every segment, chunk, block or tag that is not on a strict allow-list
 * of what a cleaned file may hold, and any bytes after the end of the image.
 */
final class StructureAudit {
    /** The JPEG APP1 a cleaned file may hold: "Exif\0\0" and a 26-byte TIFF with Orientation only. */
    private static final int MINIMAL_EXIF_SEGMENT_LENGTH = 2 + 6 + 26;
    private static final int MINIMAL_EXIF_LENGTH = 26;
    private static final Set<String> PNG_ALLOWED = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");
    private static final Set<String> WEBP_FRAME_ALLOWED = Set.of("VP8 ", "VP8L", "ALPH");

    private final boolean keepIcc;
    private final List<String> residue = new ArrayList<>();

    private StructureAudit(boolean keepIcc) {
        this.keepIcc = keepIcc;
    }

    static List<String> residue(byte[] b, FileType type, boolean keepIcc) {
        StructureAudit audit = new StructureAudit(keepIcc);
        try {
            switch (type) {
                case JPEG -> audit.jpeg(b);
                case PNG -> audit.png(b);
                case GIF -> audit.gif(b);
                case WEBP -> audit.webp(b);
                case TIFF -> audit.tiff(b);
                case BMP -> audit.bmp(b);
                default -> audit.residue.add(type + " has no structural check");
            }
        } catch (RefusedException e) {
            audit.residue.add("the structure cannot be walked: " + e.getMessage());
        }
        return audit.residue;
    }

    private void jpeg(byte[] b) throws RefusedException {
        if (Bytes.u16be(b, 0) != 0xFFD8) {
            residue.add("JPEG without a start-of-image marker");
            return;
        }
        int p = 2;
        while (true) {
            if (p >= b.length || Bytes.u8(b, p) != 0xFF) {
                residue.add("JPEG segment structure broken at byte " + p);
                return;
            }
            while (Bytes.u8(b, p) == 0xFF) {
                p++;
            }
            int m = Bytes.u8(b, p++);
            if (m == 0xD9) {
                trailing(b, p, "the JPEG end-of-image marker");
                return;
            }
            int len = Bytes.u16be(b, p);
            Bytes.need(b, p, len, "a JPEG segment");
            int data = p + 2;
            String name = String.format("JPEG marker 0x%02X", m);
            boolean ok = switch (m) {
                case 0xE0 -> Bytes.ascii(b, data, "JFIF\0") && len == 16 && b[data + 12] == 0 && b[data + 13] == 0;
                case 0xE1 -> Bytes.ascii(b, data, "Exif\0\0") && len == MINIMAL_EXIF_SEGMENT_LENGTH
                        && orientationOnly(b, data + 6);
                case 0xE2 -> keepIcc && Bytes.ascii(b, data, "ICC_PROFILE\0");
                case 0xEE -> Bytes.ascii(b, data, "Adobe") && len == 14;
                case 0xC4, 0xCC, 0xDB, 0xDD, 0xDC, 0xDA -> true;
                default -> m >= 0xC0 && m <= 0xCF && m != 0xC8;
            };
            if (!ok) {
                residue.add(name + (m >= 0xE0 && m <= 0xEF ? " (APP" + (m - 0xE0) + " metadata segment)"
                        : m == 0xFE ? " (comment)" : ""));
            }
            p += len;
            if (m == 0xDA) {
                p = afterScan(b, p);
            }
        }
    }

    /**
     * Whether the 26 bytes at {@code at} are exactly a big-endian TIFF with one IFD holding only Orientation
     * (1–8): the allowed EXIF carries no other byte of information.
     */
    private static boolean orientationOnly(byte[] b, int at) throws RefusedException {
        Bytes.need(b, at, MINIMAL_EXIF_LENGTH, "an EXIF block");
        int[] expected = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, -1, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < expected.length; i++) {
            int v = b[at + i] & 0xFF;
            if (expected[i] >= 0 ? v != expected[i] : v < 1 || v > 8) {
                return false;
            }
        }
        return true;
    }

    /** Skips entropy-coded data: up to an 0xFF followed by anything but 0x00, a restart marker or more 0xFF. */
    private static int afterScan(byte[] b, int p) throws RefusedException {
        for (int i = p; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                int n = b[i + 1] & 0xFF;
                if (n != 0 && (n < 0xD0 || n > 0xD7) && n != 0xFF) {
                    return i;
                }
            }
        }
        throw new RefusedException("JPEG scan data without an end");
    }

    private void png(byte[] b) throws RefusedException {
        Bytes.need(b, 0, 8, "the PNG signature");
        int p = 8;
        while (true) {
            long len = Bytes.u32be(b, p);
            Bytes.need(b, p, 12 + len, "a PNG chunk");
            String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
            boolean ok = PNG_ALLOWED.contains(type) || keepIcc && type.equals("iCCP")
                    || type.equals("eXIf") && len == MINIMAL_EXIF_LENGTH && orientationOnly(b, p + 8);
            if (!ok) {
                residue.add("PNG chunk " + type);
            }
            p += 12 + (int) len;
            if (type.equals("IEND")) {
                trailing(b, p, "the PNG IEND chunk");
                return;
            }
        }
    }

    private void gif(byte[] b) throws RefusedException {
        Bytes.need(b, 0, 13, "the GIF header");
        int flags = Bytes.u8(b, 10);
        int p = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while (true) {
            int block = Bytes.u8(b, p);
            if (block == 0x3B) {
                trailing(b, p + 1, "the GIF trailer");
                return;
            }
            if (block == 0x2C) {
                int local = Bytes.u8(b, p + 9);
                p += 10 + ((local & 0x80) != 0 ? 3 << ((local & 7) + 1) : 0) + 1;
                p = subBlocksEnd(b, p);
            } else if (block == 0x21) {
                int label = Bytes.u8(b, p + 1);
                int end = subBlocksEnd(b, p + 2);
                boolean loopOnly = label == 0xFF && end - (p + 2) == 12 + 4 + 1
                        && (Bytes.ascii(b, p + 3, "NETSCAPE2.0") || Bytes.ascii(b, p + 3, "ANIMEXTS1.0"))
                        && Bytes.u8(b, p + 14) == 3 && Bytes.u8(b, p + 15) == 1;
                if (label != 0xF9 && !loopOnly) {
                    residue.add(label == 0xFE ? "GIF comment extension" : label == 0x01 ? "GIF plain-text extension"
                            : label == 0xFF ? "GIF application extension (XMP, ICC or vendor data)"
                            : String.format("GIF extension 0x%02X", label));
                }
                p = end;
            } else {
                residue.add(String.format("GIF block 0x%02X the format does not define", block));
                return;
            }
        }
    }

    private static int subBlocksEnd(byte[] b, int p) throws RefusedException {
        int size;
        while ((size = Bytes.u8(b, p)) != 0) {
            p += 1 + size;
        }
        return p + 1;
    }

    private void webp(byte[] b) throws RefusedException {
        long riffEnd = 8 + Bytes.u32le(b, 4);
        Bytes.need(b, 0, riffEnd, "the RIFF container");
        trailing(b, (int) riffEnd, "the RIFF container");
        int p = 12;
        while (p < riffEnd) {
            Bytes.need(b, p, 8, "a WebP chunk header");
            String id = new String(b, p, 4, StandardCharsets.ISO_8859_1);
            long size = Bytes.u32le(b, p + 4);
            Bytes.need(b, p + 8, size, "a WebP chunk");
            switch (id) {
                case "VP8X" -> {
                    int flags = Bytes.u8(b, p + 8);
                    if ((flags & 0x08) != 0 || (flags & 0x04) != 0) {
                        residue.add("WebP VP8X announces EXIF or XMP");
                    }
                    if ((flags & 0x20) != 0 && !keepIcc) {
                        residue.add("WebP VP8X announces an ICC profile");
                    }
                }
                case "VP8 ", "VP8L", "ALPH", "ANIM" -> { }
                case "ICCP" -> {
                    if (!keepIcc) {
                        residue.add("WebP ICCP chunk");
                    }
                }
                case "ANMF" -> webpFrame(b, p + 8 + 16, p + 8 + (int) size);
                default -> residue.add("WebP chunk '" + id.strip() + "'");
            }
            p += 8 + (int) size + (int) (size & 1);
        }
    }

    private void webpFrame(byte[] b, int p, int end) throws RefusedException {
        while (p < end) {
            Bytes.need(b, p, 8, "a WebP chunk header");
            String id = new String(b, p, 4, StandardCharsets.ISO_8859_1);
            long size = Bytes.u32le(b, p + 4);
            // A size that runs past the frame would also wrap the int offset below and walk backwards forever.
            if (p + 8 + size > end) {
                throw new RefusedException("a WebP chunk runs past its animation frame");
            }
            if (!WEBP_FRAME_ALLOWED.contains(id)) {
                residue.add("WebP chunk '" + id.strip() + "' inside an animation frame");
            }
            p += 8 + (int) size + (int) (size & 1);
        }
    }

    private void tiff(byte[] b) throws RefusedException {
        boolean big = Bytes.ascii(b, 0, "MM");
        if (!big && !Bytes.ascii(b, 0, "II") || Bytes.u16(b, 2, big) != 42) {
            residue.add("TIFF header not classic TIFF");
            return;
        }
        Set<Long> seen = new HashSet<>();
        long ifd = Bytes.u32(b, 4, big);
        while (ifd != 0) {
            if (!seen.add(ifd) || seen.size() > 1000) {
                residue.add("TIFF IFD chain loops or is too long");
                return;
            }
            int count = Bytes.u16(b, (int) ifd, big);
            Bytes.need(b, ifd + 2, 12L * count + 4, "a TIFF IFD");
            for (int i = 0; i < count; i++) {
                int entry = (int) ifd + 2 + 12 * i;
                int tag = Bytes.u16(b, entry, big);
                int fieldType = Bytes.u16(b, entry + 2, big);
                long value = fieldType == 3 ? Bytes.u16(b, entry + 8, big) : Bytes.u32(b, entry + 8, big);
                if (tag == 254 && (value & 1) != 0) {
                    residue.add("TIFF reduced-resolution (thumbnail) IFD #" + seen.size());
                }
                if (!StructuralTags.TIFF_LAYOUT.contains(tag) && !(keepIcc && tag == StructuralTags.TIFF_ICC)) {
                    residue.add("TIFF tag " + tag + " in IFD #" + seen.size());
                }
            }
            ifd = Bytes.u32(b, (int) ifd + 2 + 12 * count, big);
        }
    }

    private void bmp(byte[] b) throws RefusedException {
        long offBits = Bytes.u32le(b, 10);
        int dib = (int) Bytes.u32le(b, 14);
        if (dib != 40 && dib != 108 && dib != 124) {
            residue.add("BMP header of " + dib + " bytes");
            return;
        }
        int width = (int) Bytes.u32le(b, 18);
        int height = Math.abs((int) Bytes.u32le(b, 22));
        int bpp = Bytes.u16le(b, 28);
        long compression = Bytes.u32le(b, 30);
        long colours = Bytes.u32le(b, 46);
        if (dib == 124) {
            long csType = Bytes.u32le(b, 14 + 56);
            if (csType == 0x4D424544L || csType == 0x4C494E4BL || Bytes.u32le(b, 14 + 112) != 0
                    || Bytes.u32le(b, 14 + 116) != 0) {
                residue.add("BMP colour profile (embedded or linked by file name)");
            }
        }
        if (compression != 0 && compression != 3) {
            residue.add("BMP with compression " + compression + " (not written by the cleaner)");
            return;
        }
        long masks = dib == 40 && compression == 3 ? 12 : 0;
        long palette = bpp <= 8 ? 4L * (colours == 0 ? 1L << bpp : colours) : 4L * colours;
        long headerEnd = 14 + dib + masks + palette;
        if (offBits > headerEnd) {
            residue.add("BMP has " + (offBits - headerEnd) + " unexplained bytes before its pixels");
        }
        long rowBytes = ((long) bpp * width + 31) / 32 * 4;
        trailing(b, offBits + rowBytes * height, "the BMP pixel array");
    }

    private void trailing(byte[] b, long end, String after) {
        if (end < b.length) {
            residue.add((b.length - end) + " bytes after " + after);
        }
    }
}
