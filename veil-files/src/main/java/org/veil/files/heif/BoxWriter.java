package org.veil.files.heif;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes big-endian fields and boxes (size, type, payload) into a growing buffer. */
final class BoxWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    BoxWriter u8(int v) {
        out.write(v);
        return this;
    }

    BoxWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    BoxWriter u32(long v) {
        return u16((int) (v >>> 16) & 0xFFFF).u16((int) v & 0xFFFF);
    }

    /** An unsigned field of {@code width} bytes (0, 4 or 8, as iloc declares them). */
    BoxWriter sized(int width, long v) {
        if (width == 8) {
            u32(v >>> 32);
        }
        if (width >= 4) {
            u32(v & 0xFFFFFFFFL);
        }
        return this;
    }

    BoxWriter fourCc(String type) {
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    BoxWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    BoxWriter bytes(byte[] b, int from, int length) {
        out.write(b, from, length);
        return this;
    }

    /** A box holding {@code payload}. */
    BoxWriter box(String type, byte[] payload) {
        return u32(8L + payload.length).fourCc(type).bytes(payload);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** A box of {@code type} around what {@code w} holds. */
    static byte[] box(String type, BoxWriter w) {
        return new BoxWriter().box(type, w.toByteArray()).toByteArray();
    }
}
