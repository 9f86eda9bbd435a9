package org.veil.files.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import org.veil.files.CleanOptions;
import org.veil.files.Keep;
import org.veil.files.RefusedException;

/**
 * Lossless PNG cleaning: walks the chunks, checking every CRC, and copies the image chunks (IDAT byte for byte)
 * and the ancillary chunks that only say how to display the pixels. Text (tEXt, zTXt, iTXt), eXIf, tIME and
 * unknown ancillary chunks are dropped; iCCP is kept only when asked; an unknown critical chunk is refused,
 * because a decoder would need it. A non-default orientation found in eXIf is written back as a minimal eXIf.
 */
final class PngCleaner {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** Image data plus display-only ancillary chunks, and the APNG animation chunks. */
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    /** One chunk: its type and where its data lies; {@code start}..{@code end} spans length, type, data, CRC. */
    record Chunk(String type, int start, int dataStart, int dataLength) {
        int end() {
            return dataStart + dataLength + 4;
        }
    }

    byte[] clean(byte[] in, CleanOptions options) throws RefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        int orientation = 1;
        for (Chunk c : chunks(in)) {
            String t = c.type();
            if (t.equals("eXIf")) {
                orientation = ExifOrientation.read(in, c.dataStart(), c.dataLength());
            } else if (KEPT.contains(t) || t.equals("iCCP") && options.keeps(Keep.ICC)) {
                out.write(in, c.start(), c.end() - c.start());
            } else if (Character.isUpperCase(t.charAt(0))) {
                throw new RefusedException("the PNG has a critical chunk '" + t + "' that Veil does not know");
            }
            // other ancillary chunks (tEXt, zTXt, iTXt, tIME, iCCP unless kept, vendor chunks) are dropped
        }
        byte[] cleaned = out.toByteArray();
        if (orientation != 1) {
            cleaned = withChunkAfterIhdr(cleaned, "eXIf", ExifOrientation.minimalTiff(orientation));
        }
        return cleaned;
    }

    /** The orientation an eXIf chunk declares (1 when none). */
    int orientation(byte[] in) throws RefusedException {
        for (Chunk c : chunks(in)) {
            if (c.type().equals("eXIf")) {
                return ExifOrientation.read(in, c.dataStart(), c.dataLength());
            }
        }
        return 1;
    }

    /** Width and height from IHDR, for the decompression-bomb check. */
    long[] declaredSize(byte[] in) throws RefusedException {
        Chunk ihdr = chunks(in).get(0);
        return new long[] {Bytes.u32be(in, ihdr.dataStart()), Bytes.u32be(in, ihdr.dataStart() + 4)};
    }

    /**
     * Every chunk up to and including IEND, CRC-checked; bytes after IEND are ignored (and so never copied).
     * Refuses a bad signature, a bad CRC, a malformed type, a first chunk other than IHDR and a missing IEND.
     */
    static java.util.List<Chunk> chunks(byte[] in) throws RefusedException {
        if (in.length < 8 || !java.util.Arrays.equals(in, 0, 8, SIGNATURE, 0, 8)) {
            throw new RefusedException("not a PNG file (bad signature)");
        }
        java.util.List<Chunk> list = new java.util.ArrayList<>();
        int pos = 8;
        while (true) {
            if (pos >= in.length) {
                throw new RefusedException("the PNG is truncated (no IEND chunk)");
            }
            long length = Bytes.u32be(in, pos);
            if (length > Integer.MAX_VALUE) {
                throw new RefusedException("the PNG has a chunk with an invalid length");
            }
            Bytes.need(in, pos, 12 + length, "a PNG chunk");
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z')) {
                throw new RefusedException("the PNG is corrupt (a chunk type is not four letters)");
            }
            CRC32 crc = new CRC32();
            crc.update(in, pos + 4, 4 + (int) length);
            if (crc.getValue() != Bytes.u32be(in, pos + 8 + (int) length)) {
                throw new RefusedException("the PNG is corrupt (bad CRC in its " + type + " chunk)");
            }
            Chunk c = new Chunk(type, pos, pos + 8, (int) length);
            if (list.isEmpty() && !type.equals("IHDR")) {
                throw new RefusedException("the PNG is corrupt (its first chunk is not IHDR)");
            }
            if (type.equals("IHDR") && length != 13) {
                throw new RefusedException("the PNG is corrupt (IHDR has the wrong length)");
            }
            list.add(c);
            if (type.equals("IEND")) {
                return list;
            }
            pos = c.end();
        }
    }

    /** {@code png} with one new chunk inserted right after IHDR ({@link #chunks} made sure IHDR comes first). */
    private static byte[] withChunkAfterIhdr(byte[] png, String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + data.length + 12);
        int afterIhdr = 8 + 12 + 13;
        out.write(png, 0, afterIhdr);
        writeChunk(out, type, data);
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        Bytes.putU32be(out, data.length);
        out.write(t, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        Bytes.putU32be(out, crc.getValue());
    }
}
