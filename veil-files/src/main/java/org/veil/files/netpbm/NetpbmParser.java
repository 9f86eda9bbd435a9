package org.veil.files.netpbm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * Reads a Netpbm stream (PBM, PGM, PPM in their plain and raw forms, and PAM) image by image. Every read is
 * bounds-checked and every size computed in {@code long}, so a header that lies becomes a refusal. Bytes after
 * the last image that do not start another one are reported as a trailer, which cleaning drops.
 */
public final class NetpbmParser {
    /** The tuple types the PAM specification defines; any other is free text and is dropped. */
    static final Set<String> STANDARD_TUPLE_TYPES = Set.of("BLACKANDWHITE", "GRAYSCALE", "RGB",
            "BLACKANDWHITE_ALPHA", "GRAYSCALE_ALPHA", "RGB_ALPHA", "CMYK", "CMYK_ALPHA");
    private static final int MAX_PAM_HEADER = 64 * 1024;

    /** The images, and where the trailer (anything after them) starts. */
    record Stream(List<NetpbmImage> images, int trailerStart) {
    }

    private final byte[] b;
    private final Limits limits;
    private int pos;
    private List<String> comments;

    private NetpbmParser(byte[] b, Limits limits) {
        this.b = b;
        this.limits = limits;
    }

    static Stream parse(byte[] b, Limits limits) throws RefusedException {
        NetpbmParser p = new NetpbmParser(b, limits);
        List<NetpbmImage> images = new ArrayList<>();
        images.add(p.image());
        while (true) {
            int next = p.skipWhitespace(p.pos);
            if (!startsImage(b, next)) {
                return new Stream(images, p.pos);
            }
            p.pos = next;
            images.add(p.image());
        }
    }

    /** Whether a Netpbm magic number ("P1" to "P7" and a separator) is at {@code at}. */
    static boolean startsImage(byte[] b, int at) {
        return at + 2 < b.length && b[at] == 'P' && b[at + 1] >= '1' && b[at + 1] <= '7'
                && (whitespace(b[at + 2]) || b[at + 2] == '#');
    }

    /** Whether {@code b} starts with a Netpbm header that parses (used by type detection). */
    public static boolean hasHeader(byte[] b) {
        if (!startsImage(b, 0)) {
            return false;
        }
        NetpbmParser p = new NetpbmParser(b, new Limits(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, 0, 0));
        try {
            p.pos = 2;
            p.comments = new ArrayList<>();
            if (b[1] == '7') {
                p.pamHeader(new ArrayList<>());
            } else {
                p.number("width");
                p.number("height");
            }
            return true;
        } catch (RefusedException e) {
            return false;
        }
    }

    private NetpbmImage image() throws RefusedException {
        if (!startsImage(b, pos)) {
            throw new RefusedException("not a Netpbm image (no P1–P7 magic number at byte " + pos + ")");
        }
        int format = b[pos + 1] - '0';
        pos += 2;
        comments = new ArrayList<>();
        return format == 7 ? pam() : pnm(format);
    }

    private NetpbmImage pnm(int format) throws RefusedException {
        int width = number("width");
        int height = number("height");
        boolean bitmap = format == 1 || format == 4;
        int maxval = bitmap ? 1 : number("maximum value");
        if (maxval < 1 || maxval > 65535) {
            throw new RefusedException("the Netpbm image declares a maximum value of " + maxval);
        }
        limits.checkPixels(width, height);
        // The raster is delimited by one whitespace character, or by a comment ending in a newline.
        need(pos, 1, "the Netpbm header");
        if (b[pos] == '#') {
            comment();
        } else if (whitespace(b[pos])) {
            pos++;
        } else {
            throw new RefusedException("the Netpbm header has no separator before its pixels");
        }
        int channels = format == 3 || format == 6 ? 3 : 1;
        int start = pos;
        if (format <= 3) {
            plainRaster((long) width * height * channels, maxval, format == 1);
        } else {
            long rowBytes = format == 4 ? (width + 7L) / 8 : (long) width * channels * (maxval > 255 ? 2 : 1);
            need(pos, rowBytes * height, "the Netpbm pixels");
            pos += (int) (rowBytes * height);
        }
        return new NetpbmImage(format, width, height, channels, maxval, null, start, pos, comments, List.of());
    }

    private NetpbmImage pam() throws RefusedException {
        List<String> dropped = new ArrayList<>();
        long[] fields = pamHeader(dropped);
        String tupleType = null;
        for (String d : new ArrayList<>(dropped)) {
            String[] kv = d.split("\\s+", 2);
            if (kv[0].equals("TUPLTYPE") && kv.length == 2 && tupleType == null
                    && STANDARD_TUPLE_TYPES.contains(kv[1])) {
                tupleType = kv[1];
                dropped.remove(d);
            }
        }
        int width = (int) fields[0];
        int height = (int) fields[1];
        int depth = (int) fields[2];
        int maxval = (int) fields[3];
        if (depth < 1 || depth > 16 || maxval < 1 || maxval > 65535) {
            throw new RefusedException("the PAM image declares depth " + depth + " and maximum value " + maxval);
        }
        limits.checkPixels(width, height);
        long size = (long) width * height * depth * (maxval > 255 ? 2 : 1);
        need(pos, size, "the PAM pixels");
        int start = pos;
        pos += (int) size;
        return new NetpbmImage(7, width, height, depth, maxval, tupleType, start, pos, comments, dropped);
    }

    /**
     * Reads PAM header lines up to ENDHDR; returns WIDTH, HEIGHT, DEPTH, MAXVAL and adds every other line
     * (TUPLTYPE and unknown keywords) to {@code other}.
     */
    private long[] pamHeader(List<String> other) throws RefusedException {
        need(pos, 1, "the PAM header");
        if (b[pos] != '\n') {
            throw new RefusedException("the PAM magic number is not followed by a newline");
        }
        pos++;
        long[] fields = {-1, -1, -1, -1};
        int headerStart = pos;
        while (true) {
            if (pos - headerStart > MAX_PAM_HEADER) {
                throw new RefusedException("the PAM header is longer than " + MAX_PAM_HEADER + " bytes");
            }
            int eol = indexOf((byte) '\n', pos);
            if (eol < 0) {
                throw new RefusedException("the PAM header has no ENDHDR line");
            }
            String line = new String(b, pos, eol - pos, StandardCharsets.ISO_8859_1).strip();
            pos = eol + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            int field = List.of("WIDTH", "HEIGHT", "DEPTH", "MAXVAL").indexOf(kv[0]);
            if (kv[0].equals("ENDHDR")) {
                for (long f : fields) {
                    if (f < 0) {
                        throw new RefusedException("the PAM header lacks WIDTH, HEIGHT, DEPTH or MAXVAL");
                    }
                }
                return fields;
            } else if (field >= 0) {
                if (kv.length < 2 || !kv[1].matches("\\d{1,9}")) {
                    throw new RefusedException("the PAM header has a malformed " + kv[0] + " line");
                }
                fields[field] = Long.parseLong(kv[1]);
            } else {
                other.add(line);
            }
        }
    }

    /** A decimal header number after any whitespace and comments; it must end at whitespace or a comment. */
    private int number(String what) throws RefusedException {
        skipSeparators();
        int start = pos;
        while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        if (pos == start || pos - start > 9) {
            throw new RefusedException("the Netpbm header has no valid " + what);
        }
        if (pos < b.length && !whitespace(b[pos]) && b[pos] != '#') {
            throw new RefusedException("the Netpbm header's " + what + " is followed by '" + (char) b[pos] + "'");
        }
        return Integer.parseInt(new String(b, start, pos - start, StandardCharsets.US_ASCII));
    }

    /**
     * Checks the samples of a plain (ASCII) raster: {@code count} decimal values up to {@code maxval}, single
     * digits without separators allowed in PBM, with whitespace and comments between.
     */
    private void plainRaster(long count, int maxval, boolean bitmap) throws RefusedException {
        for (long i = 0; i < count; i++) {
            skipSeparators();
            need(pos, 1, "the plain Netpbm pixels");
            if (bitmap) {
                if (b[pos] != '0' && b[pos] != '1') {
                    throw new RefusedException("the plain PBM has a pixel that is not 0 or 1 at byte " + pos);
                }
                pos++;
                continue;
            }
            int start = pos;
            long v = 0;
            while (pos < b.length && b[pos] >= '0' && b[pos] <= '9' && pos - start < 6) {
                v = v * 10 + (b[pos] - '0');
                pos++;
            }
            if (pos == start || v > maxval || pos < b.length && !whitespace(b[pos]) && b[pos] != '#') {
                throw new RefusedException("the plain Netpbm image has an invalid sample at byte " + start);
            }
        }
    }

    private void skipSeparators() {
        while (pos < b.length) {
            if (whitespace(b[pos])) {
                pos++;
            } else if (b[pos] == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    /** Reads a comment from '#' through its line end, keeping its text for inspection. */
    private void comment() {
        int eol = pos;
        while (eol < b.length && b[eol] != '\n' && b[eol] != '\r') {
            eol++;
        }
        comments.add(new String(b, pos + 1, eol - pos - 1, StandardCharsets.ISO_8859_1).strip());
        pos = Math.min(b.length, eol + 1);
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < b.length && (whitespace(b[i]) || b[i] == 0)) {
            i++;
        }
        return i;
    }

    private int indexOf(byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private void need(long offset, long length, String what) throws RefusedException {
        if (offset < 0 || length < 0 || offset + length > b.length) {
            throw new RefusedException("the file is truncated or corrupt (" + what + " runs past the end)");
        }
    }

    static boolean whitespace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }
}
