package org.veil.files.archive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;

/** What the common ZIP extra fields say about who made an entry and when, for {@code scrub show}. */
final class ZipExtraFields {
    private ZipExtraFields() {
    }

    static MetadataItem describe(String entry, ZipStructure.ExtraField f) {
        ByteBuffer b = ByteBuffer.wrap(f.data()).order(ByteOrder.LITTLE_ENDIAN);
        return switch (f.id()) {
            case 0x5455 -> new MetadataItem(MetadataGroup.TIME, entry + ": extended timestamp",
                    f.data().length >= 5 ? Instant.ofEpochSecond(Integer.toUnsignedLong(b.getInt(1))).toString() : "");
            case 0x000a -> new MetadataItem(MetadataGroup.TIME, entry + ": NTFS timestamps", "");
            case 0x7875 -> new MetadataItem(MetadataGroup.PEOPLE, entry + ": unix owner (uid/gid)", unixOwner(b));
            case 0x5855, 0x000d -> new MetadataItem(MetadataGroup.PEOPLE, entry + ": unix times and owner", "");
            default -> new MetadataItem(MetadataGroup.OTHER, entry + ": extra field 0x"
                    + String.format("%04x", f.id()), f.data().length + " bytes");
        };
    }

    /** Info-ZIP "ux" field: version, uid size, uid, gid size, gid. */
    private static String unixOwner(ByteBuffer b) {
        try {
            int uidSize = b.get(1) & 0xFF;
            long uid = number(b, 2, uidSize);
            int gidSize = b.get(2 + uidSize) & 0xFF;
            long gid = number(b, 3 + uidSize, gidSize);
            return "uid " + uid + ", gid " + gid;
        } catch (IndexOutOfBoundsException e) {
            return "malformed";
        }
    }

    private static long number(ByteBuffer b, int at, int size) {
        long v = 0;
        for (int i = Math.min(size, 8) - 1; i >= 0; i--) {
            v = (v << 8) | (b.get(at + i) & 0xFF);
        }
        return v;
    }
}
