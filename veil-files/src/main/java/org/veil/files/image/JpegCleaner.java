package org.veil.files.image;

import java.io.ByteArrayOutputStream;
import org.veil.files.CleanOptions;
import org.veil.files.Keep;
import org.veil.files.RefusedException;

/**
 * Lossless JPEG cleaning: walks the marker segments and copies only what decoding needs (tables, frame and scan
 * headers, the entropy-coded data byte for byte), a JFIF header without its thumbnail, the Adobe colour-transform
 * segment and, when asked, the ICC profile. EXIF, XMP, IPTC, Photoshop, MPF, comments, other APPn segments and
 * anything after EOI are dropped. A non-default EXIF orientation is written back as a minimal EXIF block that
 * holds only that tag, so the picture stays upright without touching the pixels.
 */
final class JpegCleaner {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int COM = 0xFE;

    /** The frame size a SOFn segment declares, for the decompression-bomb check before decoding. */
    record FrameSize(int width, int height) {
    }

    byte[] clean(byte[] in, CleanOptions options) throws RefusedException {
        if (in.length < 4 || Bytes.u8(in, 0) != 0xFF || Bytes.u8(in, 1) != SOI) {
            throw new RefusedException("not a JPEG file (no start-of-image marker)");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        byte[] jfif = null;
        int orientation = 1;
        boolean exifSeen = false;
        boolean frameSeen = false;
        boolean scanSeen = false;
        int pos = 2;
        while (true) {
            Marker m = nextMarker(in, pos);
            int marker = m.code();
            pos = m.end();
            if (marker == EOI) {
                break; // anything after EOI (trailers, MPF previews, appended files) is dropped
            }
            if (marker == SOI || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                throw new RefusedException(String.format("the JPEG has a stray 0x%02X marker outside a scan", marker));
            }
            int length = Bytes.u16be(in, pos);
            if (length < 2) {
                throw new RefusedException("the JPEG has a segment with an invalid length");
            }
            Bytes.need(in, pos, length, "a JPEG segment");
            int payload = pos + 2;
            int end = pos + length;
            if (marker == APP0) {
                if (jfif == null && Bytes.ascii(in, payload, "JFIF\0")) {
                    jfif = jfifWithoutThumbnail(in, payload, end);
                }
            } else if (marker == APP1) {
                if (!exifSeen && Bytes.ascii(in, payload, "Exif\0")) {
                    exifSeen = true; // readers use the first EXIF block; so do we
                    orientation = ExifOrientation.read(in, payload + 6, end - payload - 6);
                }
            } else if (marker == APP2) {
                if (options.keeps(Keep.ICC) && Bytes.ascii(in, payload, "ICC_PROFILE\0")) {
                    body.write(in, m.start(), end - m.start());
                }
            } else if (marker == APP14) {
                if (Bytes.ascii(in, payload, "Adobe")) {
                    body.write(adobeSegment(in, payload, end), 0, 14);
                }
            } else if (marker >= APP0 && marker <= 0xEF || marker == COM) {
                // other APPn (IPTC/Photoshop, MPF, FlashPix, vendor blocks) and comments: metadata, dropped
                pos = end;
                continue;
            } else if (isStructural(marker)) {
                frameSeen |= isFrame(marker);
                body.write(in, m.start(), end - m.start());
                if (marker == SOS) {
                    if (!frameSeen) {
                        throw new RefusedException("the JPEG has a scan before its frame header");
                    }
                    scanSeen = true;
                    int dataEnd = entropyDataEnd(in, end);
                    body.write(in, end, dataEnd - end);
                    end = dataEnd;
                }
            } else {
                throw new RefusedException(String.format("the JPEG uses marker 0x%02X (hierarchical, JPEG-LS or an "
                        + "extension) that Veil does not read", marker));
            }
            pos = end;
        }
        if (!frameSeen || !scanSeen) {
            throw new RefusedException("the JPEG has no image data (no frame or scan)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.write(0xFF);
        out.write(SOI);
        if (jfif != null) {
            out.write(jfif, 0, jfif.length);
        }
        if (orientation != 1) {
            byte[] exif = app1Exif(ExifOrientation.minimalTiff(orientation));
            out.write(exif, 0, exif.length);
        }
        out.write(body.toByteArray(), 0, body.size());
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    /** The EXIF orientation (1 when none), read the same way {@link #clean} reads it. */
    int orientation(byte[] in) throws RefusedException {
        int pos = 2;
        while (pos < in.length) {
            Marker m = nextMarker(in, pos);
            if (m.code() == SOS || m.code() == EOI) {
                return 1;
            }
            int length = Bytes.u16be(in, m.end());
            Bytes.need(in, m.end(), length, "a JPEG segment");
            int payload = m.end() + 2;
            if (m.code() == APP1 && Bytes.ascii(in, payload, "Exif\0")) {
                return ExifOrientation.read(in, payload + 6, length - 8);
            }
            pos = m.end() + length;
        }
        throw new RefusedException("the JPEG is truncated before its image data");
    }

    /** The declared frame size, from the first SOFn. */
    FrameSize frameSize(byte[] in) throws RefusedException {
        int pos = 2;
        while (pos < in.length) {
            Marker m = nextMarker(in, pos);
            if (m.code() == EOI || m.code() == SOS) {
                break;
            }
            int length = Bytes.u16be(in, m.end());
            if (isFrame(m.code())) {
                return new FrameSize(Bytes.u16be(in, m.end() + 5), Bytes.u16be(in, m.end() + 3));
            }
            pos = m.end() + length;
        }
        throw new RefusedException("the JPEG has no frame header");
    }

    private record Marker(int start, int code, int end) {
    }

    /** The marker at {@code pos}, after any 0xFF fill bytes. */
    private static Marker nextMarker(byte[] in, int pos) throws RefusedException {
        if (pos >= in.length) {
            throw new RefusedException("the JPEG is truncated (no end-of-image marker)");
        }
        if (Bytes.u8(in, pos) != 0xFF) {
            throw new RefusedException("the JPEG is corrupt (expected a marker at byte " + pos + ")");
        }
        int p = pos;
        while (p < in.length && (in[p] & 0xFF) == 0xFF) {
            p++;
        }
        if (p >= in.length) {
            throw new RefusedException("the JPEG is truncated (no end-of-image marker)");
        }
        return new Marker(p - 1, in[p] & 0xFF, p + 1);
    }

    /**
     * Where the entropy-coded data after a scan header ends: at the first 0xFF that is neither a stuffed zero,
     * a restart marker nor fill before a marker.
     */
    private static int entropyDataEnd(byte[] in, int from) throws RefusedException {
        int i = from;
        while (i < in.length - 1) {
            if ((in[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int next = in[i + 1] & 0xFF;
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                i += 2;
            } else if (next == 0xFF) {
                // fill bytes before a marker: the marker starts at the last 0xFF of the run
                int j = i;
                while (j < in.length && (in[j] & 0xFF) == 0xFF) {
                    j++;
                }
                return j - 1;
            } else {
                return i;
            }
        }
        throw new RefusedException("the JPEG is truncated (its image data has no end)");
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Segments decoding needs: frames, Huffman/arithmetic/quantisation tables, restart interval, DNL, scans. */
    private static boolean isStructural(int marker) {
        return isFrame(marker) || marker == 0xC4 || marker == 0xCC || marker == 0xDB || marker == 0xDD
                || marker == 0xDC || marker == SOS;
    }

    /** APP0 JFIF rewritten with a zero-size thumbnail (the thumbnail is a copy of the picture before edits). */
    private static byte[] jfifWithoutThumbnail(byte[] in, int payload, int end) throws RefusedException {
        if (end - payload < 14) {
            throw new RefusedException("the JPEG has a truncated JFIF header");
        }
        byte[] seg = new byte[18];
        seg[0] = (byte) 0xFF;
        seg[1] = (byte) APP0;
        seg[2] = 0;
        seg[3] = 16;
        System.arraycopy(in, payload, seg, 4, 12); // "JFIF\0", version, units, densities
        seg[16] = 0;
        seg[17] = 0;
        return seg;
    }

    /** APP14 Adobe with only its fixed fields (version, flags, colour transform), needed to decode CMYK/YCCK. */
    private static byte[] adobeSegment(byte[] in, int payload, int end) throws RefusedException {
        if (end - payload < 12) {
            throw new RefusedException("the JPEG has a truncated Adobe segment");
        }
        byte[] seg = new byte[14];
        seg[0] = (byte) 0xFF;
        seg[1] = (byte) APP14;
        seg[2] = 0;
        seg[3] = 14;
        System.arraycopy(in, payload, seg, 4, 12);
        return seg;
    }

    private static byte[] app1Exif(byte[] tiff) {
        int length = 2 + ExifOrientation.JPEG_PREFIX.length + tiff.length;
        byte[] seg = new byte[2 + length];
        seg[0] = (byte) 0xFF;
        seg[1] = (byte) APP1;
        seg[2] = (byte) (length >> 8);
        seg[3] = (byte) length;
        System.arraycopy(ExifOrientation.JPEG_PREFIX, 0, seg, 4, ExifOrientation.JPEG_PREFIX.length);
        System.arraycopy(tiff, 0, seg, 4 + ExifOrientation.JPEG_PREFIX.length, tiff.length);
        return seg;
    }
}
