package org.veil.files.media.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.media.AviChunkPolicy;

/**
 * A cleaned AVI, walked again: RIFF forms ('AVI ' then 'AVIX') that fill the file, and in them only chunks
 * {@link AviChunkPolicy} allows where they stand, plus JUNK chunks that must be all zeros.
 */
public final class AviAudit {
    private AviAudit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        long p = 0;
        while (p < b.length) {
            if (p + 12 > b.length || !id(b, p).equals("RIFF")) {
                found.add("data outside the RIFF forms at byte " + p);
                return found;
            }
            long size = u32le(b, (int) p + 4);
            String form = id(b, p + 8);
            if (!form.equals(p == 0 ? "AVI " : "AVIX") || size < 4 || size > b.length - p - 8) {
                found.add("a malformed RIFF form '" + form + "'");
                return found;
            }
            walk(b, p + 12, p + 8 + size, form, found);
            p += 8 + size + (size & 1);
        }
        return found;
    }

    private static void walk(byte[] b, long start, long end, String parent, List<String> found) {
        long p = start;
        while (p + 8 <= end) {
            String id = id(b, p);
            long size = u32le(b, (int) p + 4);
            if (size > end - p - 8 || id.equals("LIST") && size < 4) {
                found.add("a malformed chunk '" + id + "'");
                return;
            }
            String name = id.equals("LIST") ? "LIST " + id(b, p + 8) : id;
            if (id.equals("JUNK")) {
                for (long i = p + 8; i < p + 8 + size; i++) {
                    if (b[(int) i] != 0) {
                        found.add("data left in a JUNK chunk in '" + parent + "'");
                        break;
                    }
                }
            } else if (!AviChunkPolicy.allowed(parent, name)) {
                found.add("chunk '" + name.strip() + "' in '" + parent.strip() + "'");
            } else if (id.equals("LIST") && AviChunkPolicy.walked(name.substring(5))) {
                walk(b, p + 12, p + 8 + size, name.substring(5), found);
            }
            p += 8 + size + (size & 1);
        }
        if (p < end) {
            found.add("a truncated chunk in '" + parent.strip() + "'");
        }
    }

    private static String id(byte[] b, long at) {
        return new String(b, (int) at, 4, StandardCharsets.ISO_8859_1);
    }

    private static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
