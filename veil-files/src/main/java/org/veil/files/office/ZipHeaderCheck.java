package org.veil.files.office;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the raw ZIP headers (not through any ZIP library) to confirm what a normalised archive promises: every
 * timestamp on 1980-01-01 in the first minute, and no extra fields or comments that could carry times, owners
 * or notes. The one extra field tolerated is an extended timestamp that says exactly 1980-01-01 00:00 UTC, which
 * java.util.zip adds for that date; any other value in it would reveal the cleaning machine's clock or time zone.
 */
final class ZipHeaderCheck {
    private static final int DOS_1980_01_01 = (1 << 5) | 1;
    private static final int EXTENDED_TIMESTAMP = 0x5455;
    private static final int EPOCH_1980_UTC = 315_532_800;

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
            if (commentLen != 0) {
                out.add("'" + name + "' has a comment in the central directory");
            }
            checkExtra(out, name, "central", b, p + 46 + nameLen, extraLen);
            int local = b.getInt(p + 42);
            if (local >= 0 && local + 30 <= zip.length && b.getInt(local) == 0x04034b50) {
                checkTime(out, name, "local", Short.toUnsignedInt(b.getShort(local + 10)),
                        Short.toUnsignedInt(b.getShort(local + 12)));
                int localNameLen = Short.toUnsignedInt(b.getShort(local + 26));
                checkExtra(out, name, "local", b, local + 30 + localNameLen, Short.toUnsignedInt(b.getShort(local + 28)));
            } else {
                out.add("'" + name + "' has no valid local header");
            }
            p += 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }

    private static void checkExtra(List<String> out, String name, String where, ByteBuffer b, int at, int length) {
        int end = at + length;
        if (end > b.limit()) {
            out.add("'" + name + "' has a truncated extra field in its " + where + " header");
            return;
        }
        while (at + 4 <= end) {
            int id = Short.toUnsignedInt(b.getShort(at));
            int size = Short.toUnsignedInt(b.getShort(at + 2));
            int data = at + 4;
            at = data + size;
            if (at > end) {
                break;
            }
            if (id != EXTENDED_TIMESTAMP || size < 1) {
                out.add("'" + name + "' has an extra field 0x" + Integer.toHexString(id) + " in its " + where
                        + " header (may carry times, owners or paths)");
                continue;
            }
            for (int t = data + 1; t + 4 <= at; t += 4) {
                if (b.getInt(t) != EPOCH_1980_UTC) {
                    out.add("'" + name + "' has an extended timestamp of " + Integer.toUnsignedLong(b.getInt(t))
                            + " s in its " + where + " header (a clock time, or the cleaning machine's time zone)");
                    break;
                }
            }
        }
        if (at != end) {
            out.add("'" + name + "' has a malformed extra field in its " + where + " header");
        }
    }

    private static void checkTime(List<String> out, String name, String where, int time, int date) {
        if ((time >> 5) != 0 || date != DOS_1980_01_01) {
            out.add("'" + name + "' keeps a timestamp in its " + where + " header (" + (1980 + (date >> 9)) + "-"
                    + ((date >> 5) & 15) + "-" + (date & 31) + ")");
        }
    }
}
