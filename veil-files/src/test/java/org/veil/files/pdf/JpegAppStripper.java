package org.veil.files.pdf;

import java.io.ByteArrayOutputStream;
import org.veil.files.RefusedException;

/**
 * Test stand-in for the image family (written in parallel): strips APP1..APP13, APP15 and COM segments from a
 * JPEG and keeps everything else, so these tests do not depend on the real JPEG cleaner.
 */
final class JpegAppStripper {
    private JpegAppStripper() {
    }

    static byte[] strip(byte[] j) throws RefusedException {
        if (j.length < 4 || (j[0] & 0xFF) != 0xFF || (j[1] & 0xFF) != 0xD8) {
            throw new RefusedException("not a JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(j, 0, 2);
        int p = 2;
        while (p + 4 <= j.length) {
            int marker = j[p + 1] & 0xFF;
            if (marker == 0xDA) {
                out.write(j, p, j.length - p);   // scan data to the end of the file, untouched
                return out.toByteArray();
            }
            int end = p + 2 + (((j[p + 2] & 0xFF) << 8) | (j[p + 3] & 0xFF));
            boolean metadata = marker == 0xFE || marker >= 0xE1 && marker <= 0xEF && marker != 0xEE;
            if (!metadata) {
                out.write(j, p, end - p);
            }
            p = end;
        }
        throw new RefusedException("JPEG without image data");
    }
}
