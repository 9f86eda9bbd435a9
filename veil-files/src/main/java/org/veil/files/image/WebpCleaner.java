package org.veil.files.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.veil.files.CleanOptions;
import org.veil.files.Keep;
import org.veil.files.RefusedException;

/**
 * Lossless WebP cleaning: walks the RIFF chunks and copies the bitstream chunks (VP8, VP8L, ALPH), the animation
 * chunks (ANIM, and ANMF with only its frame data inside) and VP8X with its EXIF and XMP flags cleared. EXIF, XMP
 * and unknown chunks are dropped, ICCP unless asked to keep it; the RIFF size is rewritten and odd chunks padded.
 */
final class WebpCleaner {
    private static final int FLAG_ICC = 0x20;
    private static final int FLAG_EXIF = 0x08;
    private static final int FLAG_XMP = 0x04;
    private static final Set<String> IMAGE = Set.of("VP8 ", "VP8L", "ALPH");

    /**
     * Width and height the first image chunk declares (VP8X canvas, VP8 key frame or VP8L header), read without
     * decoding, so the pixel limit applies before anything is copied.
     */
    static long[] declaredSize(byte[] in) throws RefusedException {
        if (in.length < 30 || !Bytes.ascii(in, 0, "RIFF") || !Bytes.ascii(in, 8, "WEBP")) {
            throw new RefusedException("not a WebP file (bad RIFF header or too short)");
        }
        int d = 20;
        if (Bytes.ascii(in, 12, "VP8X")) {
            return new long[] {1 + u24le(in, d + 4), 1 + u24le(in, d + 7)};
        }
        if (Bytes.ascii(in, 12, "VP8 ")) {
            return new long[] {Bytes.u16le(in, d + 6) & 0x3FFF, Bytes.u16le(in, d + 8) & 0x3FFF};
        }
        if (Bytes.ascii(in, 12, "VP8L")) {
            long bits = Bytes.u32le(in, d + 1);
            return new long[] {1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)};
        }
        throw new RefusedException("the WebP does not start with an image chunk (VP8X, VP8 or VP8L)");
    }

    private static long u24le(byte[] b, int at) throws RefusedException {
        return Bytes.u16le(b, at) | ((long) (Bytes.u16le(b, at + 1) >> 8) << 16);
    }

    byte[] clean(byte[] in, CleanOptions options) throws RefusedException {
        if (!Bytes.ascii(in, 0, "RIFF") || !Bytes.ascii(in, 8, "WEBP")) {
            throw new RefusedException("not a WebP file (bad RIFF header)");
        }
        long riffEnd = 8 + Bytes.u32le(in, 4);
        if (riffEnd > in.length) {
            throw new RefusedException("the WebP is truncated (its RIFF size is larger than the file)");
        }
        boolean keepIcc = options.keeps(Keep.ICC);
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        boolean hasImage = false;
        int pos = 12;
        while (pos < riffEnd) {
            Chunk c = chunk(in, pos, riffEnd);
            switch (c.fourcc()) {
                case "VP8X" -> {
                    if (c.size() < 10) {
                        throw new RefusedException("the WebP has a truncated VP8X chunk");
                    }
                    byte[] p = c.payload(in);
                    int clear = FLAG_EXIF | FLAG_XMP | (keepIcc ? 0 : FLAG_ICC);
                    p[0] = (byte) (p[0] & ~clear);
                    writeChunk(body, "VP8X", p);
                }
                case "VP8 ", "VP8L", "ALPH", "ANIM" -> {
                    hasImage |= !c.fourcc().equals("ANIM");
                    writeChunk(body, c.fourcc(), c.payload(in));
                }
                case "ANMF" -> {
                    hasImage = true;
                    writeChunk(body, "ANMF", frameWithImageOnly(in, c));
                }
                case "ICCP" -> {
                    if (keepIcc) {
                        writeChunk(body, "ICCP", c.payload(in));
                    }
                }
                default -> {
                    // EXIF, XMP and unknown chunks are dropped
                }
            }
            pos = c.next();
        }
        if (!hasImage) {
            throw new RefusedException("the WebP has no image data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 12);
        out.write(in, 0, 4);
        byte[] size = new byte[4];
        Bytes.putU32le(size, 0, body.size() + 4L);
        out.write(size, 0, 4);
        out.write(in, 8, 4);
        out.write(body.toByteArray(), 0, body.size());
        return out.toByteArray();
    }

    private record Chunk(String fourcc, int start, int size) {
        int dataStart() {
            return start + 8;
        }

        /** The position of the following chunk, after the pad byte of an odd-sized one. */
        int next() {
            return dataStart() + size + (size & 1);
        }

        byte[] payload(byte[] in) {
            return java.util.Arrays.copyOfRange(in, dataStart(), dataStart() + size);
        }
    }

    private static Chunk chunk(byte[] in, int pos, long end) throws RefusedException {
        if (pos + 8 > end) {
            throw new RefusedException("the WebP is corrupt (a chunk header runs past its container)");
        }
        long size = Bytes.u32le(in, pos + 4);
        if (pos + 8 + size > end) {
            throw new RefusedException("the WebP is truncated (a chunk runs past its container)");
        }
        return new Chunk(new String(in, pos, 4, StandardCharsets.ISO_8859_1), pos, (int) size);
    }

    /** An ANMF payload with its 16-byte frame header and only the ALPH/VP8/VP8L chunks inside. */
    private static byte[] frameWithImageOnly(byte[] in, Chunk frame) throws RefusedException {
        if (frame.size() < 16) {
            throw new RefusedException("the WebP has a truncated animation frame");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.size());
        out.write(in, frame.dataStart(), 16);
        int end = frame.dataStart() + frame.size();
        int pos = frame.dataStart() + 16;
        boolean hasImage = false;
        while (pos < end) {
            Chunk c = chunk(in, pos, end);
            if (IMAGE.contains(c.fourcc())) {
                hasImage |= !c.fourcc().equals("ALPH");
                writeChunk(out, c.fourcc(), c.payload(in));
            }
            pos = c.next();
        }
        if (!hasImage) {
            throw new RefusedException("the WebP has an animation frame without image data");
        }
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String fourcc, byte[] payload) {
        out.write(fourcc.getBytes(StandardCharsets.ISO_8859_1), 0, 4);
        byte[] size = new byte[4];
        Bytes.putU32le(size, 0, payload.length);
        out.write(size, 0, 4);
        out.write(payload, 0, payload.length);
        if ((payload.length & 1) == 1) {
            out.write(0);
        }
    }
}
