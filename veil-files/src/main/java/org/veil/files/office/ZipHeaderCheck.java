package org.veil.files.office;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the raw ZIP headers (not through any ZIP library) to confirm what a normalised archive promises: every
 * timestamp 1980-01-01 00:00, and no extra fields or comments that could carry times, owners or notes.
 */
final class ZipHeaderCheck {
    private static final int DOS_1980_01_01 = (1 << 5) | 1;

    private ZipHeaderCheck() {
    }

    static List<String> residue(byte[] zip) {
        List<String> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (b.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            out.add("the archive has no end of central directory");
            return out;
        }
        if (b.getShort(eocd + 20) != 0) {
            out.add("the archive has a comment");
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int p = b.getInt(eocd + 16);
        for (int i = 0; i < entries; i++) {
            if (p < 0 || p + 46 > zip.length || b.getInt(p) != 0x02014b50) {
                out.add("the central directory is malformed at entry " + (i + 1));
                return out;
            }
            int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
            String name = new String(zip, p + 46, Math.min(nameLen, zip.length - p - 46),
                    java.nio.charset.StandardCharsets.UTF_8);
            checkTime(out, name, "central", Short.toUnsignedInt(b.getShort(p + 12)),
                    Short.toUnsignedInt(b.getShort(p + 14)));
            if (extraLen != 0 || commentLen != 0) {
                out.add("'" + name + "' has extra fields or a comment in the central directory");
            }
            int local = b.getInt(p + 42);
            if (local >= 0 && local + 30 <= zip.length && b.getInt(local) == 0x04034b50) {
                checkTime(out, name, "local", Short.toUnsignedInt(b.getShort(local + 10)),
                        Short.toUnsignedInt(b.getShort(local + 12)));
                if (b.getShort(local + 28) != 0) {
                    out.add("'" + name + "' has extra fields in its local header");
                }
            } else {
                out.add("'" + name + "' has no valid local header");
            }
            p += 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }

    private static void checkTime(List<String> out, String name, String where, int time, int date) {
        if (time != 0 || date != DOS_1980_01_01) {
            out.add("'" + name + "' keeps a timestamp in its " + where + " header (" + (1980 + (date >> 9)) + "-"
                    + ((date >> 5) & 15) + "-" + (date & 31) + ")");
        }
    }
}
