package org.veil.files.image;

import org.veil.files.RefusedException;

/**
 * Bounds-checked reads of big- and little-endian integers. Every format walker reads through these, so a length
 * that points past the end becomes a refusal ("truncated") instead of an index exception.
 */
final class Bytes {
    private Bytes() {
    }

    /** Refuses unless {@code length} bytes starting at {@code offset} are inside {@code b}. */
    static void need(byte[] b, long offset, long length, String what) throws RefusedException {
        if (offset < 0 || length < 0 || offset + length > b.length) {
            throw new RefusedException("the file is truncated or corrupt (" + what + " runs past the end)");
        }
    }

    static int u8(byte[] b, int at) throws RefusedException {
        need(b, at, 1, "a field");
        return b[at] & 0xFF;
    }

    static int u16be(byte[] b, int at) throws RefusedException {
        need(b, at, 2, "a field");
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    static long u32be(byte[] b, int at) throws RefusedException {
        need(b, at, 4, "a field");
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    static int u16le(byte[] b, int at) throws RefusedException {
        need(b, at, 2, "a field");
        return (b[at + 1] & 0xFF) << 8 | (b[at] & 0xFF);
    }

    static long u32le(byte[] b, int at) throws RefusedException {
        need(b, at, 4, "a field");
        return (long) (b[at + 3] & 0xFF) << 24 | (b[at + 2] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at] & 0xFF);
    }

    /** The 16- or 32-bit unsigned integer at {@code at}, in the byte order a TIFF header chose. */
    static int u16(byte[] b, int at, boolean bigEndian) throws RefusedException {
        return bigEndian ? u16be(b, at) : u16le(b, at);
    }

    static long u32(byte[] b, int at, boolean bigEndian) throws RefusedException {
        return bigEndian ? u32be(b, at) : u32le(b, at);
    }

    /** Whether {@code b} holds the ASCII text {@code s} at {@code at}. */
    static boolean ascii(byte[] b, int at, String s) {
        return org.veil.files.Ascii.at(b, at, s);
    }

    static void putU32be(java.io.ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24) & 0xFF);
        out.write((int) (v >>> 16) & 0xFF);
        out.write((int) (v >>> 8) & 0xFF);
        out.write((int) v & 0xFF);
    }

    static void putU32le(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
