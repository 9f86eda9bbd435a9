package org.veil.files.archive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;

/**
 * The raw records of a ZIP container (end of central directory, central entries, local headers), read field by
 * field without decompressing anything. It exists so that {@code scrub show} and the verifier look at the bytes
 * actually written, by a code path separate from {@link SafeZip} and {@link ZipWriter}.
 */
public record ZipStructure(byte[] archiveComment, long eocdOffset, long centralOffset, long centralSize,
                           List<Entry> entries, long length) {
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    /** One central-directory entry with the local header it points to. */
    public record Entry(String name, int madeBy, int versionNeeded, int flags, int method, int dosTime, int dosDate,
                        long crc, long compressedSize, long size, byte[] extra, byte[] comment, int internalAttrs,
                        long externalAttrs, long localOffset, Local local) {
        /** The host system that wrote the entry (0 = MS-DOS, 3 = Unix, 19 = macOS ...). */
        public int host() {
            return madeBy >>> 8;
        }

        /** Where the entry's compressed data starts. */
        public long dataStart() {
            return localOffset + 30 + local.nameLength() + local.extra().length;
        }
    }

    /** The fields of a local file header that may differ from its central entry. */
    public record Local(int flags, int method, int dosTime, int dosDate, int nameLength, String name, byte[] extra) {
    }

    /** One field of an extra block: its header id and its data. */
    public record ExtraField(int id, byte[] data) {
    }

    /** DOS date and time of 1980-01-01 00:00, what {@link ZipWriter} writes for every entry. */
    public static final int EPOCH_DATE = (1 << 5) | 1;
    public static final int EPOCH_TIME = 0;

    /** A DOS date and time as "yyyy-mm-dd hh:mm:ss". */
    public static String dosDateTime(int date, int time) {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d", 1980 + (date >>> 9), (date >>> 5) & 15, date & 31,
                time >>> 11, (time >>> 5) & 63, (time & 31) * 2);
    }

    public static ZipStructure read(byte[] zip) throws RefusedException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = lastSignature(zip, b);
        int count = u16(b, eocd + 10);
        long cdSize = u32(b, eocd + 12);
        long cdOffset = u32(b, eocd + 16);
        int commentLen = u16(b, eocd + 20);
        if (eocd + 22L + commentLen > zip.length || cdOffset + cdSize > eocd) {
            throw new RefusedException("the archive is truncated or corrupt");
        }
        byte[] comment = slice(zip, eocd + 22, commentLen);
        List<Entry> entries = new ArrayList<>(count);
        long p = cdOffset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > eocd || b.getInt((int) p) != CENTRAL) {
                throw new RefusedException("the archive is corrupt (central entry " + (i + 1) + ")");
            }
            int q = (int) p;
            int nameLen = u16(b, q + 28);
            int extraLen = u16(b, q + 30);
            int entryCommentLen = u16(b, q + 32);
            if (q + 46L + nameLen + extraLen + entryCommentLen > eocd) {
                throw new RefusedException("the archive is corrupt (central entry " + (i + 1) + " overruns)");
            }
            int flags = u16(b, q + 8);
            String name = text(zip, q + 46, nameLen, flags);
            long localOffset = u32(b, q + 42);
            entries.add(new Entry(name, u16(b, q + 4), u16(b, q + 6), flags, u16(b, q + 10), u16(b, q + 12),
                    u16(b, q + 14), u32(b, q + 16), u32(b, q + 20), u32(b, q + 24),
                    slice(zip, q + 46 + nameLen, extraLen), slice(zip, q + 46 + nameLen + extraLen, entryCommentLen),
                    u16(b, q + 36), u32(b, q + 38), localOffset, local(zip, b, localOffset, name)));
            p += 46L + nameLen + extraLen + entryCommentLen;
        }
        return new ZipStructure(comment, eocd, cdOffset, cdSize, List.copyOf(entries), zip.length);
    }

    /** The fields of an extra block; a block whose lengths do not add up is refused. */
    public static List<ExtraField> extraFields(byte[] extra) throws RefusedException {
        ByteBuffer b = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
        List<ExtraField> fields = new ArrayList<>();
        int p = 0;
        while (p + 4 <= extra.length) {
            int id = u16(b, p);
            int len = u16(b, p + 2);
            if (p + 4 + len > extra.length) {
                throw new RefusedException("the archive is corrupt (extra field 0x" + Integer.toHexString(id)
                        + " overruns)");
            }
            fields.add(new ExtraField(id, slice(extra, p + 4, len)));
            p += 4 + len;
        }
        if (p != extra.length) {
            throw new RefusedException("the archive is corrupt (trailing bytes in an extra block)");
        }
        return fields;
    }

    private static Local local(byte[] zip, ByteBuffer b, long offset, String name) throws RefusedException {
        if (offset + 30 > zip.length || b.getInt((int) offset) != LOCAL) {
            throw new RefusedException("the archive is corrupt (no local header for '" + name + "')");
        }
        int o = (int) offset;
        int nameLen = u16(b, o + 26);
        int extraLen = u16(b, o + 28);
        if (o + 30L + nameLen + extraLen > zip.length) {
            throw new RefusedException("the archive is truncated (local header of '" + name + "')");
        }
        int flags = u16(b, o + 6);
        return new Local(flags, u16(b, o + 8), u16(b, o + 10), u16(b, o + 12), nameLen,
                text(zip, o + 30, nameLen, flags), slice(zip, o + 30 + nameLen, extraLen));
    }

    private static int lastSignature(byte[] zip, ByteBuffer b) throws RefusedException {
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (b.getInt(i) == EOCD) {
                return i;
            }
        }
        throw new RefusedException("the archive is truncated or corrupt (no end of central directory)");
    }

    private static String text(byte[] zip, int at, int len, int flags) {
        return new String(zip, at, len, (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static byte[] slice(byte[] zip, int at, int len) {
        byte[] out = new byte[len];
        System.arraycopy(zip, at, out, 0, len);
        return out;
    }

    static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }
}
