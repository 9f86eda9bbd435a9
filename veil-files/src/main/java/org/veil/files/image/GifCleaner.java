package org.veil.files.image;

import java.io.ByteArrayOutputStream;
import org.veil.files.RefusedException;

/**
 * Lossless GIF cleaning: walks the blocks and copies the header, colour tables, image descriptors with their LZW
 * data and graphic control extensions unchanged. Comment and plain-text extensions, and application extensions
 * (XMP, ICC, vendor blocks) are dropped, except the NETSCAPE2.0/ANIMEXTS1.0 loop count, which is rewritten with
 * nothing but the loop count. Anything after the trailer is dropped.
 */
final class GifCleaner {
    private static final int IMAGE = 0x2C;
    private static final int EXTENSION = 0x21;
    private static final int TRAILER = 0x3B;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int APPLICATION = 0xFF;

    /** What the walk found besides the cleaned bytes: the frame count and the logical screen size. */
    record Result(byte[] cleaned, int frames, int width, int height) {
    }

    Result clean(byte[] in) throws RefusedException {
        if (!Bytes.ascii(in, 0, "GIF87a") && !Bytes.ascii(in, 0, "GIF89a")) {
            throw new RefusedException("not a GIF file (bad signature)");
        }
        Bytes.need(in, 0, 13, "the GIF header");
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int width = Bytes.u16le(in, 6);
        int height = Bytes.u16le(in, 8);
        int pos = 13 + colourTableSize(Bytes.u8(in, 10));
        Bytes.need(in, 0, pos, "the global colour table");
        out.write(in, 0, pos);
        int frames = 0;
        while (true) {
            int block = Bytes.u8(in, pos);
            if (block == TRAILER) {
                out.write(TRAILER);
                return new Result(out.toByteArray(), frames, width, height);
            } else if (block == IMAGE) {
                Bytes.need(in, pos, 10, "an image descriptor");
                int dataStart = pos + 10 + colourTableSize(Bytes.u8(in, pos + 9));
                Bytes.need(in, pos, dataStart - pos + 1L, "a local colour table");
                int end = skipSubBlocks(in, dataStart + 1); // after the LZW minimum code size
                out.write(in, pos, end - pos);
                frames++;
                pos = end;
            } else if (block == EXTENSION) {
                int label = Bytes.u8(in, pos + 1);
                int end = skipSubBlocks(in, pos + 2);
                if (label == GRAPHIC_CONTROL) {
                    out.write(in, pos, end - pos);
                } else if (label == APPLICATION) {
                    writeLoopCountIfAny(in, pos + 2, out);
                }
                // comment (0xFE), plain text (0x01) and unknown extensions are dropped
                pos = end;
            } else {
                throw new RefusedException(String.format("the GIF is corrupt (unknown block 0x%02X at byte %d)",
                        block, pos));
            }
        }
    }

    private static int colourTableSize(int packed) {
        return (packed & 0x80) != 0 ? 3 * (1 << ((packed & 7) + 1)) : 0;
    }

    /** The position after a chain of data sub-blocks starting at {@code pos} (past its zero terminator). */
    private static int skipSubBlocks(byte[] in, int pos) throws RefusedException {
        int p = pos;
        while (true) {
            int size = Bytes.u8(in, p);
            if (size == 0) {
                return p + 1;
            }
            Bytes.need(in, p + 1, size, "a GIF data sub-block");
            p += 1 + size;
        }
    }

    /** Keeps only the loop count of a NETSCAPE2.0 / ANIMEXTS1.0 extension whose sub-blocks start at {@code pos}. */
    private static void writeLoopCountIfAny(byte[] in, int pos, ByteArrayOutputStream out) throws RefusedException {
        if (Bytes.u8(in, pos) != 11 || !Bytes.ascii(in, pos + 1, "NETSCAPE2.0") && !Bytes.ascii(in, pos + 1, "ANIMEXTS1.0")) {
            return;
        }
        int p = pos + 12;
        while (true) {
            int size = Bytes.u8(in, p);
            if (size == 0) {
                return;
            }
            Bytes.need(in, p + 1, size, "a GIF data sub-block");
            if (size == 3 && Bytes.u8(in, p + 1) == 1) {
                out.write(EXTENSION);
                out.write(APPLICATION);
                out.write(in, pos, 12); // length 11 and the identifier
                out.write(in, p, 4);    // 3, sub-block id 1, loop count
                out.write(0);
                return;
            }
            p += 1 + size;
        }
    }
}
