package org.veil.files.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * Reads a ZIP container from its central directory, refusing what Veil cannot vouch for: encryption, symbolic
 * links, absolute or parent-relative names, duplicate names, ZIP64, unknown compression methods, and bombs (too
 * many entries, too many bytes unpacked, or too high a compression ratio, counted on the bytes actually
 * inflated, not on the sizes the archive declares).
 */
public final class SafeZip {
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    /** Below this many unpacked bytes the ratio check is skipped: tiny files of repeated text compress well. */
    private static final long RATIO_FLOOR = 1 << 20;

    private SafeZip() {
    }

    /** Every member in central-directory order, directories included (with empty data). */
    public static List<ZipMember> read(byte[] zip, Limits limits) throws RefusedException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = findEndOfCentralDirectory(zip);
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        long cdSize = Integer.toUnsignedLong(b.getInt(eocd + 12));
        long cdOffset = Integer.toUnsignedLong(b.getInt(eocd + 16));
        if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
            throw new RefusedException("ZIP64 archives are not supported");
        }
        if (entries > limits.maxArchiveEntries()) {
            throw new RefusedException("the archive has " + entries + " entries, over the limit of "
                    + limits.maxArchiveEntries());
        }
        if (cdOffset + cdSize > eocd) {
            throw new RefusedException("the archive is truncated or corrupt (central directory out of bounds)");
        }
        List<ZipMember> members = new ArrayList<>(entries);
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        int p = (int) cdOffset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > zip.length || b.getInt(p) != CENTRAL) {
                throw new RefusedException("the archive is corrupt (bad central directory entry " + (i + 1) + ")");
            }
            int madeBy = Short.toUnsignedInt(b.getShort(p + 4)) >>> 8;
            int flags = Short.toUnsignedInt(b.getShort(p + 8));
            int method = Short.toUnsignedInt(b.getShort(p + 10));
            long crc = Integer.toUnsignedLong(b.getInt(p + 16));
            long compressed = Integer.toUnsignedLong(b.getInt(p + 20));
            long size = Integer.toUnsignedLong(b.getInt(p + 24));
            int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
            long external = Integer.toUnsignedLong(b.getInt(p + 38));
            long localOffset = Integer.toUnsignedLong(b.getInt(p + 42));
            if (p + 46L + nameLen + extraLen + commentLen > zip.length) {
                throw new RefusedException("the archive is truncated or corrupt");
            }
            String name = new String(zip, p + 46, nameLen, (flags & 0x800) != 0
                    ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            p += 46 + nameLen + extraLen + commentLen;

            checkName(name);
            if (!names.add(name)) {
                throw new RefusedException("the archive holds two entries named '" + name + "'");
            }
            if ((flags & 1) != 0) {
                throw new RefusedException("the archive is encrypted ('" + name + "'); decrypt it first");
            }
            boolean unix = madeBy == 3;
            int mode = (int) (external >>> 16);
            if (unix && (mode & 0xF000) == 0xA000) {
                throw new RefusedException("the archive holds a symbolic link ('" + name + "')");
            }
            if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || localOffset == 0xFFFFFFFFL) {
                throw new RefusedException("ZIP64 archives are not supported");
            }
            byte[] data = memberData(zip, b, name, method, localOffset, compressed, size, limits,
                    limits.maxUnpackedBytes() - unpacked);
            checkIntegrity(data, name, crc, size);
            unpacked += data.length;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new RefusedException("the archive unpacks to more than " + (limits.maxUnpackedBytes() >> 20)
                        + " MiB (a zip bomb?)");
            }
            members.add(new ZipMember(name, data));
        }
        return members;
    }

    /** Whether the bytes start like a ZIP local file header. */
    public static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static void checkName(String name) throws RefusedException {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            throw new RefusedException("the archive holds an entry with an absolute or invalid path ('" + name + "')");
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new RefusedException("the archive holds an entry that escapes its folder ('" + name + "')");
            }
        }
    }

    private static int findEndOfCentralDirectory(byte[] zip) throws RefusedException {
        int min = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int i = zip.length - 22; i >= min; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return i;
            }
        }
        throw new RefusedException("the archive is truncated or corrupt (no end of central directory)");
    }

    /** Corrupt data is refused, not handed on: the CRC and size in the central directory must match. */
    private static void checkIntegrity(byte[] data, String name, long crc, long size) throws RefusedException {
        CRC32 actual = new CRC32();
        actual.update(data);
        if (actual.getValue() != crc || data.length != size) {
            throw new RefusedException("the archive is corrupt ('" + name + "' fails its checksum)");
        }
    }

    private static byte[] memberData(byte[] zip, ByteBuffer b, String name, int method, long localOffset,
                                     long compressed, long size, Limits limits, long budget)
            throws RefusedException {
        if (localOffset + 30 > zip.length || b.getInt((int) localOffset) != LOCAL) {
            throw new RefusedException("the archive is corrupt (no local header for '" + name + "')");
        }
        int lo = (int) localOffset;
        int nameLen = Short.toUnsignedInt(b.getShort(lo + 26));
        int extraLen = Short.toUnsignedInt(b.getShort(lo + 28));
        long start = localOffset + 30 + nameLen + extraLen;
        if (start + compressed > zip.length) {
            throw new RefusedException("the archive is truncated ('" + name + "' runs past the end)");
        }
        if (method == 0) {
            if (compressed != size) {
                throw new RefusedException("the archive is corrupt (stored entry '" + name + "' has two sizes)");
            }
            byte[] out = new byte[(int) size];
            System.arraycopy(zip, (int) start, out, 0, (int) size);
            return out;
        }
        if (method != 8) {
            throw new RefusedException("the archive uses compression method " + method + " for '" + name
                    + "', which Veil does not read");
        }
        return inflate(zip, (int) start, (int) compressed, name, limits, budget);
    }

    /** Inflates one member, stopping as soon as it passes {@code budget}, what is left of the archive's limit. */
    private static byte[] inflate(byte[] zip, int start, int length, String name, Limits limits, long budget)
            throws RefusedException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(zip, start, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(length * 4 + 64, 1 << 20));
        byte[] buf = new byte[64 * 1024];
        long ratioCap = (long) Math.max(length, 1) * limits.maxCompressionRatio();
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                // An empty member finishes with nothing inflated: only an unfinished stream is truncated.
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new RefusedException("the archive is truncated or corrupt ('" + name + "')");
                }
                out.write(buf, 0, n);
                if (out.size() > budget) {
                    throw new RefusedException("'" + name + "' unpacks to more than "
                            + (limits.maxUnpackedBytes() >> 20) + " MiB (a zip bomb?)");
                }
                if (out.size() > RATIO_FLOOR && out.size() > ratioCap) {
                    throw new RefusedException("'" + name + "' expands more than " + limits.maxCompressionRatio()
                            + " times (a zip bomb?)");
                }
            }
        } catch (DataFormatException e) {
            throw new RefusedException("the archive is corrupt ('" + name + "': " + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
