package org.veil.files.media;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.RefusedException;

/**
 * The chunk layout shared by RIFF (WAV, little-endian sizes) and IFF (AIFF, big-endian sizes): a form header
 * ("RIFF"/"FORM", size, form type) and chunks of id, size, body and a pad byte when the size is odd. Cleaning
 * keeps an allow-list of chunks in their order and rewrites the form size.
 */
final class IffChunks {
    private static final int HEADER = 8;

    /** One chunk: id and the byte range of its body. */
    record Chunk(String id, int start, int size) {
    }

    private final boolean bigEndian;
    private final String what;

    IffChunks(boolean bigEndian, String what) {
        this.bigEndian = bigEndian;
        this.what = what;
    }

    /**
     * The chunks of the form starting at byte 0. Refuses a form that claims more bytes than the file has, a chunk
     * running past its form, and bytes after the form. A missing pad byte after the very last chunk is tolerated.
     */
    List<Chunk> read(byte[] b) throws RefusedException {
        if (b.length < 12) {
            throw new RefusedException("the " + what + " file is truncated");
        }
        long formEnd = HEADER + size(b, 4);
        if (formEnd > b.length + 1L) {
            throw new RefusedException("the " + what + " file is truncated (the form declares "
                    + (formEnd - b.length) + " bytes more than there are)");
        }
        if (formEnd < b.length) {
            throw new RefusedException((b.length - formEnd) + " bytes of unknown data after the end of the " + what
                    + " form");
        }
        return within(b, 12, (int) Math.min(formEnd, b.length));
    }

    /** The chunks between {@code start} and {@code end} (a form's body, or a LIST's). */
    List<Chunk> within(byte[] b, int start, int end) throws RefusedException {
        List<Chunk> chunks = new ArrayList<>();
        int p = start;
        while (p < end) {
            if (p + HEADER > end) {
                throw new RefusedException("the " + what + " file is truncated (chunk header at byte " + p + ")");
            }
            String id = Bin.fourCc(b, p);
            long size = size(b, p + 4);
            if (p + HEADER + size > end) {
                throw new RefusedException("the " + what + " file is truncated ('" + id.strip() + "' chunk runs past"
                        + " the end)");
            }
            chunks.add(new Chunk(id, p + HEADER, (int) size));
            p += HEADER + (int) size + (int) (size & 1);
        }
        return chunks;
    }

    /** A new form with the chunks whose ids are in {@code keep}, in their original order, padded to even sizes. */
    byte[] rebuild(byte[] b, List<Chunk> chunks, Set<String> keep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 4);
        out.writeBytes(new byte[4]);
        out.write(b, 8, 4);
        for (Chunk c : chunks) {
            if (keep.contains(c.id())) {
                out.write(b, c.start() - HEADER, 4);
                out.writeBytes(encode(c.size()));
                out.write(b, c.start(), c.size());
                if ((c.size() & 1) != 0) {
                    out.write(0);
                }
            }
        }
        byte[] form = out.toByteArray();
        System.arraycopy(encode(form.length - HEADER), 0, form, 4, 4);
        return form;
    }

    private long size(byte[] b, int at) throws RefusedException {
        return bigEndian ? Bin.u32be(b, at) : Bin.u32le(b, at);
    }

    private byte[] encode(long v) {
        byte[] x = new byte[4];
        if (bigEndian) {
            Bin.put32be(x, 0, v);
        } else {
            Bin.put32le(x, 0, v);
        }
        return x;
    }
}
