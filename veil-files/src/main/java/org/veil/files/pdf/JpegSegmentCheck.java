package org.veil.files.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's own walk over a JPEG's marker segments, independent of the JPEG cleaner: lists every segment that
 * is not image data or one of the harmless ones (JFIF header, ICC profile, Adobe colour transform), and any bytes
 * after the end of the image.
 */
final class JpegSegmentCheck {
    private JpegSegmentCheck() {
    }

    static List<String> residue(byte[] j) {
        List<String> found = new ArrayList<>();
        if (j.length < 4 || (j[0] & 0xFF) != 0xFF || (j[1] & 0xFF) != 0xD8) {
            found.add("not a JPEG stream");
            return found;
        }
        int p = 2;
        while (p < j.length) {
            if ((j[p] & 0xFF) != 0xFF) {
                found.add("unexpected bytes between JPEG segments at " + p);
                return found;
            }
            int marker = j[p + 1 < j.length ? p + 1 : p] & 0xFF;
            if (marker == 0xFF) {
                p++;                          // fill byte
                continue;
            }
            if (marker == 0xD9) {
                int trailing = j.length - (p + 2);
                if (trailing > 0) {
                    found.add(trailing + " bytes after the end of the JPEG image");
                }
                return found;
            }
            if (p + 4 > j.length) {
                found.add("JPEG cut off in a segment header");
                return found;
            }
            int length = ((j[p + 2] & 0xFF) << 8) | (j[p + 3] & 0xFF);
            int start = p + 4;
            int end = p + 2 + length;
            if (length < 2 || end > j.length) {
                found.add("JPEG segment overruns the image");
                return found;
            }
            String problem = segmentProblem(marker, j, start, end);
            if (problem != null) {
                found.add(problem);
            }
            p = marker == 0xDA ? skipScan(j, end) : end;
        }
        found.add("JPEG without an end-of-image marker");
        return found;
    }

    private static String segmentProblem(int marker, byte[] j, int start, int end) {
        if (marker == 0xFE) {
            return "JPEG comment";
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return null;                      // frame, tables, scan headers: image data
        }
        String id = new String(j, start, Math.min(end - start, 14), StandardCharsets.ISO_8859_1);
        if (marker == 0xE0 && id.startsWith("JFIF\0")) {
            return null;
        }
        if (marker == 0xE2 && id.startsWith("ICC_PROFILE\0")) {
            return null;
        }
        if (marker == 0xEE && id.startsWith("Adobe")) {
            return null;
        }
        String what = id.startsWith("Exif") ? "EXIF" : id.startsWith("http://ns.adobe.com/xap") ? "XMP"
                : id.startsWith("Photoshop") ? "Photoshop/IPTC" : id.startsWith("JFXX") ? "JFIF thumbnail" : "data";
        return "JPEG APP" + (marker - 0xE0) + " segment (" + what + ")";
    }

    /** The offset of the next marker after entropy-coded data (skipping stuffed zeros and restart markers). */
    private static int skipScan(byte[] j, int p) {
        while (p + 1 < j.length) {
            if ((j[p] & 0xFF) == 0xFF) {
                int next = j[p + 1] & 0xFF;
                if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                    return p;
                }
            }
            p++;
        }
        return j.length;
    }
}
