package org.veil.files.image;

import org.veil.files.RefusedException;

/**
 * Reads the Orientation tag (0x0112) from IFD0 of a TIFF-structured EXIF block, and writes the smallest valid
 * EXIF block that carries only that tag. Orientation is kept this way (never applied to the pixels) because
 * rotating a JPEG would mean re-encoding it.
 */
final class ExifOrientation {
    static final int TAG = 0x0112;
    /** The JPEG APP1 identifier that precedes the TIFF structure. */
    static final byte[] JPEG_PREFIX = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    /**
     * The orientation (1–8) in IFD0 of the TIFF structure at {@code b[start..start+length)}; 1 when absent or out
     * of range, or when the block is too short to hold a TIFF header. A block too broken to find IFD0 is refused: its orientation could otherwise be lost silently.
     */
    static int read(byte[] b, int start, int length) throws RefusedException {
        if (length < 8) {
            // An empty EXIF segment (some writers emit a bare "Exif\0\0"), or one too short for a TIFF header:
            // there is no IFD0, so no orientation to lose. A negative length (a segment shorter than its own
            // prefix) lands here too, instead of failing in the copy below.
            return 1;
        }
        Bytes.need(b, start, length, "the EXIF block");
        byte[] t = java.util.Arrays.copyOfRange(b, start, start + length);
        boolean big;
        if (Bytes.ascii(t, 0, "MM")) {
            big = true;
        } else if (Bytes.ascii(t, 0, "II")) {
            big = false;
        } else {
            throw new RefusedException("its EXIF block is malformed (no TIFF header), so its orientation cannot be kept");
        }
        try {
            if (Bytes.u16(t, 2, big) != 42) {
                throw new RefusedException("its EXIF block is malformed (bad TIFF magic), so its orientation cannot be kept");
            }
            long ifd = Bytes.u32(t, 4, big);
            if (ifd < 8 || ifd > t.length - 2) {
                throw new RefusedException("its EXIF block is malformed (IFD0 outside the block)");
            }
            int count = Bytes.u16(t, (int) ifd, big);
            Bytes.need(t, ifd + 2, 12L * count, "the EXIF IFD0");
            for (int i = 0; i < count; i++) {
                int e = (int) ifd + 2 + 12 * i;
                if (Bytes.u16(t, e, big) == TAG && Bytes.u16(t, e + 2, big) == 3) {
                    int v = Bytes.u16(t, e + 8, big);
                    return v >= 1 && v <= 8 ? v : 1;
                }
            }
            return 1;
        } catch (RefusedException e) {
            if (e.getMessage().startsWith("its EXIF")) {
                throw e;
            }
            throw new RefusedException("its EXIF block is malformed (" + e.getMessage() + "), so its orientation "
                    + "cannot be kept", e);
        }
    }

    /** A big-endian TIFF structure with one IFD holding only Orientation (26 bytes). */
    static byte[] minimalTiff(int orientation) {
        return new byte[] {
            'M', 'M', 0, 42, 0, 0, 0, 8,           // header, IFD0 at offset 8
            0, 1,                                  // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1,          // Orientation, SHORT, count 1
            0, (byte) orientation, 0, 0,           // value, padded
            0, 0, 0, 0                             // no next IFD
        };
    }
}
