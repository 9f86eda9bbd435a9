package org.veil.files.odf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifiers' look at the ZIP structure itself, read byte by byte rather than through any ZIP library: every
 * timestamp must be 1980-01-01 00:00, there must be no extra fields (they carry exact times, owners and
 * permissions) except a Unix-time field holding exactly 1980-01-01T00:00Z (which java.util.zip adds for that date),
 * no comments and no permissions, and the first entry must be a stored {@code mimetype}.
 */
final class RawZipCheck {
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    /** 1980-01-01 in MS-DOS date format (year-1980 << 9 | month << 5 | day); the time is 00:00:00 = 0. */
    private static final int DOS_EPOCH_DATE = (1 << 5) | 1;
    private static final int UNIX_TIME_TAG = 0x5455;
    private static final int UNIX_EPOCH_1980 = 315_532_800;

    private RawZipCheck() {
    }

    static List<String> residue(byte[] zip) {
        List<String> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= 0; i--) {
            if (b.getInt(i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            out.add("the ZIP has no end of central directory");
            return out;
        }
        if (b.getShort(eocd + 20) != 0) {
            out.add("the ZIP has an archive comment");
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int p = b.getInt(eocd + 16);
        for (int i = 0; i < entries; i++) {
            if (p < 0 || p + 46 > zip.length || b.getInt(p) != CENTRAL) {
                out.add("the ZIP central directory is damaged at entry " + (i + 1));
                return out;
            }
            int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
            String name = new String(zip, p + 46, Math.min(nameLen, zip.length - p - 46), StandardCharsets.UTF_8);
            if (b.getShort(p + 12) != 0 || b.getShort(p + 14) != DOS_EPOCH_DATE) {
                out.add("'" + name + "' keeps a real timestamp");
            }
            if (!harmlessExtra(b, p + 46 + nameLen, extraLen)) {
                out.add("'" + name + "' has extra fields (times, owners or other data)");
            }
            if (commentLen != 0) {
                out.add("'" + name + "' has a comment");
            }
            if (b.getInt(p + 38) != 0) {
                out.add("'" + name + "' keeps file permissions or attributes");
            }
            if (i == 0 && (!name.equals("mimetype") || b.getShort(p + 10) != 0)) {
                out.add("the first entry is not a stored 'mimetype'");
            }
            checkLocal(b, b.getInt(p + 42), name, out);
            p += 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }

    private static void checkLocal(ByteBuffer b, int lo, String name, List<String> out) {
        if (lo < 0 || lo + 30 > b.capacity() || b.getInt(lo) != LOCAL) {
            out.add("'" + name + "' has no local header");
            return;
        }
        if (b.getShort(lo + 10) != 0 || b.getShort(lo + 12) != DOS_EPOCH_DATE) {
            out.add("'" + name + "' keeps a real timestamp in its local header");
        }
        int nameLen = Short.toUnsignedInt(b.getShort(lo + 26));
        if (!harmlessExtra(b, lo + 30 + nameLen, Short.toUnsignedInt(b.getShort(lo + 28)))) {
            out.add("'" + name + "' has extra fields in its local header");
        }
    }

    /** No extra field at all, or only a Unix-time field that says 1980-01-01T00:00:00Z. */
    private static boolean harmlessExtra(ByteBuffer b, int at, int length) {
        if (length == 0) {
            return true;
        }
        return length == 9 && at + 9 <= b.capacity() && Short.toUnsignedInt(b.getShort(at)) == UNIX_TIME_TAG
                && b.getShort(at + 2) == 5 && b.get(at + 4) == 1 && b.getInt(at + 5) == UNIX_EPOCH_1980;
    }
}
