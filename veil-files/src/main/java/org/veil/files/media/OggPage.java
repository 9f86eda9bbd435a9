package org.veil.files.media;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.veil.files.RefusedException;

/**
 * One Ogg page: header fields, lacing values and body. Reading checks the capture pattern, version, length and CRC;
 * writing computes the CRC.
 */
record OggPage(int headerType, long granule, int serial, int sequence, int[] lacing, byte[] body) {
    static final int CONTINUED = 1;
    static final int BOS = 2;
    static final int EOS = 4;
    private static final int HEADER = 27;

    /** The page at {@code at}; refuses a malformed, truncated or corrupt (bad CRC) page. */
    static OggPage read(byte[] b, int at) throws RefusedException {
        if (!Bin.ascii(b, at, "OggS")) {
            throw new RefusedException("unknown data in the Ogg stream at byte " + at + " (no page starts there)");
        }
        if (at + HEADER > b.length) {
            throw new RefusedException("the Ogg file is truncated (page header at byte " + at + ")");
        }
        if (b[at + 4] != 0) {
            throw new RefusedException("unsupported Ogg page version " + Bin.u8(b, at + 4));
        }
        int segments = Bin.u8(b, at + 26);
        if (at + HEADER + segments > b.length) {
            throw new RefusedException("the Ogg file is truncated (page at byte " + at + ")");
        }
        int[] lacing = new int[segments];
        int bodyLength = 0;
        for (int i = 0; i < segments; i++) {
            lacing[i] = Bin.u8(b, at + HEADER + i);
            bodyLength += lacing[i];
        }
        int bodyStart = at + HEADER + segments;
        if (bodyStart + bodyLength > b.length) {
            throw new RefusedException("the Ogg file is truncated (page at byte " + at + ")");
        }
        int stored = (int) Bin.u32le(b, at + 22);
        if (OggCrc.ofPage(b, at, HEADER + segments + bodyLength) != stored) {
            throw new RefusedException("the Ogg page at byte " + at + " is corrupt (CRC mismatch)");
        }
        long granule = Bin.u32le(b, at + 6) | (Bin.u32le(b, at + 10) << 32);
        return new OggPage(Bin.u8(b, at + 5), granule, (int) Bin.u32le(b, at + 14), (int) Bin.u32le(b, at + 18),
                lacing, Arrays.copyOfRange(b, bodyStart, bodyStart + bodyLength));
    }

    /** The length of this page on disk. */
    int size() {
        return HEADER + lacing.length + body.length;
    }

    boolean has(int flag) {
        return (headerType & flag) != 0;
    }

    /** This page with another sequence number (the CRC is recomputed on writing). */
    OggPage withSequence(int seq) {
        return new OggPage(headerType, granule, serial, seq, lacing, body);
    }

    void writeTo(ByteArrayOutputStream out) {
        byte[] p = new byte[size()];
        p[0] = 'O';
        p[1] = 'g';
        p[2] = 'g';
        p[3] = 'S';
        p[5] = (byte) headerType;
        Bin.put32le(p, 6, granule);
        Bin.put32le(p, 10, granule >>> 32);
        Bin.put32le(p, 14, serial);
        Bin.put32le(p, 18, sequence);
        p[26] = (byte) lacing.length;
        for (int i = 0; i < lacing.length; i++) {
            p[HEADER + i] = (byte) lacing[i];
        }
        System.arraycopy(body, 0, p, HEADER + lacing.length, body.length);
        Bin.put32le(p, 22, OggCrc.ofPage(p, 0, p.length));
        out.writeBytes(p);
    }
}
