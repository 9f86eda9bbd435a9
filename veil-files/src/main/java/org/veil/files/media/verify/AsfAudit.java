package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.media.AsfObjectPolicy;

/**
 * A cleaned ASF, walked again: a header whose size and object count match what it holds, only objects
 * {@link AsfObjectPolicy} keeps in the header and its extension, a zero creation date and a file size equal to
 * the file's length; then the data object and indexes only.
 */
public final class AsfAudit {
    private AsfAudit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        if (b.length < 30 || !AsfObjectPolicy.guid(b, 0).equals(AsfObjectPolicy.HEADER)) {
            found.add("not an ASF header");
            return found;
        }
        long headerSize = u64(b, 16);
        if (headerSize < 30 || headerSize > b.length) {
            found.add("a malformed ASF header");
            return found;
        }
        int objects = 0;
        long p = 30;
        while (p + 24 <= headerSize) {
            String guid = AsfObjectPolicy.guid(b, (int) p);
            long size = u64(b, (int) p + 16);
            if (size < 24 || size > headerSize - p) {
                found.add("a malformed header object");
                return found;
            }
            objects++;
            if (!AsfObjectPolicy.IN_HEADER.contains(guid)) {
                found.add("header object " + guid);
            } else if (guid.equals(AsfObjectPolicy.FILE_PROPERTIES)) {
                if (size < 104 || u64(b, (int) p + 48) != 0 || u64(b, (int) p + 40) != b.length) {
                    found.add("a creation date or wrong file size in the file properties");
                }
            } else if (guid.equals(AsfObjectPolicy.HEADER_EXTENSION)) {
                extension(b, p, p + size, found);
            }
            p += size;
        }
        if (p != headerSize || objects != (int) u32(b, 24)) {
            found.add("the header's size or object count does not match its objects");
        }
        for (long q = headerSize; q < b.length; ) {
            if (q + 24 > b.length) {
                found.add("bytes after the last object");
                return found;
            }
            String guid = AsfObjectPolicy.guid(b, (int) q);
            long size = u64(b, (int) q + 16);
            if (!AsfObjectPolicy.TOP.contains(guid) || size < 24 || size > b.length - q) {
                found.add("top-level object " + guid);
                return found;
            }
            q += size;
        }
        return found;
    }

    private static void extension(byte[] b, long start, long end, List<String> found) {
        if (end - start < 46 || u32(b, (int) start + 42) != end - start - 46) {
            found.add("a malformed header extension");
            return;
        }
        for (long p = start + 46; p < end; ) {
            if (p + 24 > end) {
                found.add("a truncated header extension object");
                return;
            }
            String guid = AsfObjectPolicy.guid(b, (int) p);
            long size = u64(b, (int) p + 16);
            if (size < 24 || size > end - p) {
                found.add("a malformed header extension object");
                return;
            }
            if (guid.equals(AsfObjectPolicy.METADATA)) {
                metadataRecords(b, p, p + size, found);
            } else if (!AsfObjectPolicy.IN_EXTENSION.contains(guid) || AsfObjectPolicy.ENCRYPTION.contains(guid)) {
                found.add("header extension object " + guid);
            }
            p += size;
        }
    }

    /** A metadata object may only hold pixel-aspect-ratio records. */
    private static void metadataRecords(byte[] b, long start, long end, List<String> found) {
        if (end - start < 26) {
            found.add("a malformed metadata object");
            return;
        }
        int count = (b[(int) start + 24] & 0xFF) | (b[(int) start + 25] & 0xFF) << 8;
        long p = start + 26;
        for (int i = 0; i < count; i++) {
            if (p + 12 > end) {
                found.add("a malformed metadata record");
                return;
            }
            int nameLength = (b[(int) p + 4] & 0xFF) | (b[(int) p + 5] & 0xFF) << 8;
            long size = 12L + nameLength + u32(b, (int) p + 8);
            if (size > end - p) {
                found.add("a malformed metadata record");
                return;
            }
            String name = new String(b, (int) p + 12, nameLength, java.nio.charset.StandardCharsets.UTF_16LE)
                    .replace("\0", "");
            if (!AsfObjectPolicy.DISPLAY_RECORDS.contains(name)) {
                found.add("the metadata record '" + name + "'");
            }
            p += size;
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static long u64(byte[] b, int at) {
        long v = u32(b, at) | u32(b, at + 4) << 32;
        return v < 0 ? Long.MAX_VALUE : v;
    }
}
