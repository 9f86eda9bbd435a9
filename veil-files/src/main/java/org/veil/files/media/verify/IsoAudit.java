package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.media.IsoBox;
import org.veil.files.media.IsoBoxPolicy;

/**
 * A cleaned MP4/QuickTime file, walked box by box: every box must be allowed by {@link IsoBoxPolicy} where it
 * stands; free/skip/wide boxes must be all zeros; mvhd/tkhd/mdhd times must be 0; data references must be
 * self-contained and empty; visual sample entries must not name their encoder; no timed metadata track.
 */
public final class IsoAudit {
    private static final int VISUAL_ENTRY_MIN = 78;

    private IsoAudit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        walk(b, 0, b.length, "", "", found);
        return found;
    }

    private static void walk(byte[] b, int start, int end, String parent, String handler, List<String> found) {
        List<int[]> boxes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        long p = start;
        while (p < end) {
            if (p + 8 > end) {
                found.add("a truncated box at byte " + p);
                return;
            }
            long size = u32(b, (int) p);
            String type = new String(b, (int) p + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1 && p + 16 <= end) {
                size = u32(b, (int) p + 8) << 32 | u32(b, (int) p + 12);
                header = 16;
            } else if (size == 0 && parent.isEmpty()) {
                size = end - p;
            }
            if (size < header || p + size > end) {
                found.add("a truncated or malformed box '" + type + "' at byte " + p);
                return;
            }
            boxes.add(new int[] {(int) p, header, (int) size});
            types.add(type);
            if (type.equals("hdlr") && parent.equals("mdia") && size >= header + 12) {
                handler = new String(b, (int) p + header + 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            p += size;
        }
        if (handler.equals("meta")) {
            found.add("a timed metadata track");
        }
        for (int i = 0; i < boxes.size(); i++) {
            check(b, types.get(i), boxes.get(i), parent, handler, found);
        }
    }

    private static void check(byte[] b, String type, int[] box, String parent, String handler, List<String> found) {
        int payload = box[0] + box[1];
        int end = box[0] + box[2];
        String where = "'" + type + "'" + (parent.isEmpty() ? "" : " in '" + parent + "'");
        if (type.equals("uuid")) {
            boolean xmp = end - payload >= 16 && Arrays.equals(b, payload, payload + 16, IsoBox.XMP_UUID, 0, 16);
            found.add(xmp ? "an XMP packet (uuid box)" : "a vendor 'uuid' box");
        } else if (!IsoBoxPolicy.allowed(parent, type)) {
            found.add("box " + where + " (" + (end - box[0]) + " bytes)");
        } else if (IsoBoxPolicy.FILLERS.contains(type)) {
            if (!zeros(b, payload, end)) {
                found.add("data left in padding box " + where);
            }
        } else if (IsoBoxPolicy.TIMED.contains(type)) {
            int width = end - payload > 0 && b[payload] == 1 ? 8 : 4;
            if (end - payload < 4 + 2 * width || !zeros(b, payload + 4, payload + 4 + 2 * width)) {
                found.add("creation or modification time in " + where);
            }
        } else if (type.equals("dref")) {
            references(b, payload, end, found);
        } else if (type.equals("stsd") && handler.equals("vide")) {
            sampleEntries(b, payload, end, found);
        } else if (IsoBoxPolicy.container(type)) {
            walk(b, payload, end, type, handler, found);
        }
    }

    private static void references(byte[] b, int payload, int end, List<String> found) {
        for (int p = payload + 8; p + 12 <= end; ) {
            int size = (int) u32(b, p);
            if (size < 12 || p + size > end) {
                found.add("a malformed data reference");
                return;
            }
            if ((b[p + 11] & 1) == 0 || !zeros(b, p + 12, p + size)) {
                found.add("a data reference to another file or URL");
            }
            p += size;
        }
    }

    private static void sampleEntries(byte[] b, int payload, int end, List<String> found) {
        for (int p = payload + 8; p + 8 <= end; ) {
            int size = (int) u32(b, p);
            if (size < 8 || p + size > end) {
                found.add("a malformed sample description");
                return;
            }
            int entry = p + 8;
            if (size - 8 >= VISUAL_ENTRY_MIN && (!zeros(b, entry + 12, entry + 16) || !zeros(b, entry + 42, entry + 74))) {
                found.add("an encoder name in a video sample description");
            }
            p += size;
        }
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
