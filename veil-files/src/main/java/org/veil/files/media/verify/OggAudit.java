package org.veil.files.media.verify;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.media.OggCrc;

/**
 * A cleaned Ogg file must be one Vorbis or Opus stream of pages with valid CRCs, sequence numbers counting from 0,
 * one beginning and one end; and its comment header must be exactly the empty one: no vendor string, no fields,
 * nothing after them.
 */
public final class OggAudit {
    private static final byte[] EMPTY_VORBIS = {3, 'v', 'o', 'r', 'b', 'i', 's', 0, 0, 0, 0, 0, 0, 0, 0, 1};
    private static final byte[] EMPTY_OPUS = {'O', 'p', 'u', 's', 'T', 'a', 'g', 's', 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int BOS = 2;
    private static final int EOS = 4;

    private OggAudit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        List<byte[]> headers = new ArrayList<>();
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        long serial = -1;
        boolean ended = false;
        int page = 0;
        for (int p = 0; p < b.length; page++) {
            if (ended || !TailSignatures.at(b, p, "OggS") || p + 27 > b.length) {
                found.add("data that is not part of the Ogg stream at byte " + p);
                return found;
            }
            int segments = b[p + 26] & 0xFF;
            int length = 27 + segments;
            for (int i = 0; i < segments && p + 27 + i < b.length; i++) {
                length += b[p + 27 + i] & 0xFF;
            }
            if (p + length > b.length) {
                found.add("a truncated Ogg page at byte " + p);
                return found;
            }
            if ((OggCrc.ofPage(b, p, length) & 0xFFFFFFFFL) != le32(b, p + 22)) {
                found.add("an Ogg page with a wrong CRC at byte " + p);
            }
            int flags = b[p + 5];
            if (le32(b, p + 18) != page || serial >= 0 && le32(b, p + 14) != serial || ((flags & BOS) != 0) != (page == 0)) {
                found.add("Ogg page " + page + " is out of sequence or belongs to another stream");
            }
            serial = le32(b, p + 14);
            ended = (flags & EOS) != 0;
            int offset = p + 27 + segments;
            for (int i = 0; i < segments && headers.size() < 2; i++) {
                int lace = b[p + 27 + i] & 0xFF;
                partial.write(b, offset, lace);
                offset += lace;
                if (lace < 255) {
                    headers.add(partial.toByteArray());
                    partial.reset();
                }
            }
            p += length;
        }
        if (!ended) {
            found.add("the Ogg stream has no end-of-stream page");
        }
        if (headers.size() < 2) {
            found.add("the Ogg headers are incomplete");
        } else {
            checkComments(headers, found);
        }
        return found;
    }

    private static void checkComments(List<byte[]> headers, List<String> found) {
        boolean vorbis = TailSignatures.at(headers.get(0), 0, "\u0001vorbis");
        boolean opus = TailSignatures.at(headers.get(0), 0, "OpusHead");
        if (!vorbis && !opus) {
            found.add("an Ogg stream that is neither Vorbis nor Opus");
        } else if (!Arrays.equals(headers.get(1), vorbis ? EMPTY_VORBIS : EMPTY_OPUS)) {
            found.add("the comment header still holds a vendor string, fields or other data ("
                    + headers.get(1).length + " bytes)");
        }
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
