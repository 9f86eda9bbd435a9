package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;

/**
 * One ISO base media file format (MP4, QuickTime) box: type, where it starts, how long its size header is (8, or 16
 * with a 64-bit size) and its total size. The payload of a 'uuid' box begins with its 16-byte user type.
 */
public record IsoBox(String type, int start, int headerLength, int size) {
    /** The XMP packet's box: uuid be7acfcb-97a9-42e8-9c71-999491e3afac. */
    public static final byte[] XMP_UUID = {(byte) 0xbe, 0x7a, (byte) 0xcf, (byte) 0xcb, (byte) 0x97, (byte) 0xa9,
            0x42, (byte) 0xe8, (byte) 0x9c, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xe3, (byte) 0xaf,
            (byte) 0xac};

    public int payload() {
        return start + headerLength;
    }

    public int end() {
        return start + size;
    }

    public int payloadLength() {
        return size - headerLength;
    }

    /**
     * The boxes between {@code start} and {@code end}. A size of 0 ("to the end") is accepted only at the top level;
     * a box that runs past its parent or is shorter than its header is refused.
     */
    public static List<IsoBox> children(byte[] b, int start, int end, boolean topLevel) throws RefusedException {
        List<IsoBox> boxes = new ArrayList<>();
        int p = start;
        while (p < end) {
            if (p + 8 > end) {
                throw new RefusedException("the file is truncated or malformed (box header at byte " + p + ")");
            }
            long size = Bin.u32be(b, p);
            String type = Bin.fourCc(b, p + 4);
            int header = 8;
            if (size == 1) {
                if (p + 16 > end) {
                    throw new RefusedException("the file is truncated (box '" + type + "' at byte " + p + ")");
                }
                size = Bin.u64be(b, p + 8);
                header = 16;
            } else if (size == 0) {
                if (!topLevel) {
                    throw new RefusedException("malformed box '" + type + "' at byte " + p + " (size 0 inside a box)");
                }
                size = end - p;
            }
            if (size < header || p + size > end) {
                throw new RefusedException("the file is truncated or malformed (box '" + type + "' at byte " + p
                        + " declares " + size + " bytes)");
            }
            boxes.add(new IsoBox(type, p, header, (int) size));
            p += (int) size;
        }
        return boxes;
    }
}
