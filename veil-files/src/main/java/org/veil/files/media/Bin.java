package org.veil.files.media;

import java.nio.charset.StandardCharsets;
import org.veil.files.RefusedException;

/**
 * Reading and writing fixed-width integers and four-character codes in byte arrays, both byte orders. Every read
 * is bounds-checked: a field past the end of the data is a {@link RefusedException} ("truncated or corrupt"),
 * never an index exception, so a lying length in a hostile or damaged file becomes a refusal.
 */
public final class Bin {
    private Bin() {
    }

    /** Refuses unless {@code length} bytes starting at {@code at} lie inside {@code b}. */
    public static void need(byte[] b, long at, long length) throws RefusedException {
        if (at < 0 || length < 0 || at + length > b.length) {
            throw new RefusedException("the file is truncated or corrupt (a field at byte " + at + " runs past the end)");
        }
    }

    public static int u8(byte[] b, int at) throws RefusedException {
        need(b, at, 1);
        return b[at] & 0xFF;
    }

    public static int u16be(byte[] b, int at) throws RefusedException {
        return (u8(b, at) << 8) | u8(b, at + 1);
    }

    public static int u24be(byte[] b, int at) throws RefusedException {
        return (u8(b, at) << 16) | (u8(b, at + 1) << 8) | u8(b, at + 2);
    }

    public static long u32be(byte[] b, int at) throws RefusedException {
        return ((long) u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3);
    }

    public static long u32le(byte[] b, int at) throws RefusedException {
        return ((long) u8(b, at + 3) << 24) | (u8(b, at + 2) << 16) | (u8(b, at + 1) << 8) | u8(b, at);
    }

    public static long u64be(byte[] b, int at) throws RefusedException {
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
    public static int syncsafe(byte[] b, int at) throws RefusedException {
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
    public static String fourCc(byte[] b, int at) throws RefusedException {
        need(b, at, 4);
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    public static String latin1(byte[] b, int at, int length) throws RefusedException {
        need(b, at, length);
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    public static String utf8(byte[] b, int at, int length) throws RefusedException {
        need(b, at, length);
        return new String(b, at, length, StandardCharsets.UTF_8);
    }

    /** Text for display: control characters and trailing NULs removed, cut to a readable length. */
    public static String display(String s) {
        String t = s.replaceAll("[\\p{Cntrl}&&[^\\n]]+$", "").replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
