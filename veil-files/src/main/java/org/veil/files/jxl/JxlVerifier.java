package org.veil.files.jxl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.Verifier;

/**
 * A cleaned JPEG XL, re-walked with a reader of its own: a bare codestream, or a container of exactly the
 * signature, 'ftyp' and the boxes {@link JxlCleaner#KEPT} allows, whose sizes add up to the file; and no XMP or
 * Exif signature anywhere in the bytes.
 */
public final class JxlVerifier implements Verifier {
    private static final List<String> SIGNATURES = List.of("<x:xmpmeta", "http://ns.adobe.com/xap/1.0/",
            "Exif\0\0MM\0*", "Exif\0\0II*\0");

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.JXL);
    }

    @Override
    public List<String> residue(byte[] b, FileType type, CleanContext context) {
        List<String> found = new ArrayList<>();
        if (!(b.length >= 2 && (b[0] & 0xFF) == 0xFF && b[1] == 0x0A)) {
            walk(b, found);
        }
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        for (String s : SIGNATURES) {
            if (latin.contains(s)) {
                found.add("an " + (s.startsWith("Exif") ? "Exif" : "XMP") + " signature in the bytes");
            }
        }
        return found;
    }

    private static void walk(byte[] b, List<String> found) {
        long p = 0;
        int index = 0;
        while (p < b.length) {
            if (p + 8 > b.length) {
                found.add("a truncated box at byte " + p);
                return;
            }
            long size = u32(b, (int) p);
            String type = new String(b, (int) p + 4, 4, StandardCharsets.ISO_8859_1);
            long header = 8;
            if (size == 1 && p + 16 <= b.length) {
                size = u32(b, (int) p + 8) << 32 | u32(b, (int) p + 12);
                header = 16;
            } else if (size == 0) {
                size = b.length - p;
            }
            if (size < header || size > b.length - p) {
                found.add("a malformed box '" + type + "' at byte " + p);
                return;
            }
            String expected = index == 0 ? "JXL " : index == 1 ? "ftyp" : null;
            if (expected != null && !type.equals(expected)) {
                found.add("box " + index + " is '" + type + "', not '" + expected + "'");
            } else if (expected == null && !JxlCleaner.KEPT.contains(type)) {
                found.add("a '" + type + "' box");
            }
            p += size;
            index++;
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
