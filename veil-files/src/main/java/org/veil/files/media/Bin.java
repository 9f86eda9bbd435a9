package org.veil.files.media;

import java.nio.charset.StandardCharsets;

/** Reading and writing fixed-width integers and four-character codes in byte arrays, both byte orders. */
public final class Bin {
    private Bin() {
    }

    public static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    public static int u16be(byte[] b, int at) {
        return (u8(b, at) << 8) | u8(b, at + 1);
    }

    public static int u24be(byte[] b, int at) {
        return (u8(b, at) << 16) | (u8(b, at + 1) << 8) | u8(b, at + 2);
    }

    public static long u32be(byte[] b, int at) {
        return ((long) u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3);
    }

    public static long u32le(byte[] b, int at) {
        return ((long) u8(b, at + 3) << 24) | (u8(b, at + 2) << 16) | (u8(b, at + 1) << 8) | u8(b, at);
    }

    public static long u64be(byte[] b, int at) {
        return (u32be(b, at) << 32) | u32be(b, at + 4);
    }

    public static void put32be(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    public static void put32le(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    /** A 28-bit ID3v2 "syncsafe" integer (7 bits per byte), or -1 when a byte has its top bit set. */
    public static int syncsafe(byte[] b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int x = u8(b, at + i);
            if (x >= 0x80) {
                return -1;
            }
            v = (v << 7) | x;
        }
        return v;
    }

    /** Whether {@code s} (ASCII) is at {@code at}; false when it would run past the end. */
    public static boolean ascii(byte[] b, int at, String s) {
        return org.veil.files.Ascii.at(b, at, s);
    }

    /** Four bytes as a Latin-1 code ("moov", "©xyz", "fmt "). */
    public static String fourCc(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    public static String latin1(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    public static String utf8(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.UTF_8);
    }

    /** Text for display: control characters and trailing NULs removed, cut to a readable length. */
    public static String display(String s) {
        String t = s.replaceAll("[\\p{Cntrl}&&[^\\n]]+$", "").replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
