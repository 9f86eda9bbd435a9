package org.veil.files.image;

import java.awt.image.BufferedImage;
import java.util.List;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * BMP cleaning by rebuilding from pixels: the JDK writes a plain header, so a V5 header's embedded or linked
 * colour profile (which may carry a file path), gaps before the pixel array and trailing data all disappear.
 * The result is decoded again and compared sample for sample; any difference (e.g. an alpha channel the
 * encoder cannot write) is refused.
 */
final class BmpCleaner {
    byte[] clean(byte[] in, Limits limits) throws RefusedException {
        checkDeclaredSize(in, limits);
        BufferedImage image = PixelCodec.decode(in, "bmp", limits, 1, false).get(0).image();
        byte[] out = PixelCodec.encode(List.of(image), "bmp", param -> { });
        BufferedImage check = PixelCodec.decode(out, "bmp", limits, 1, false).get(0).image();
        if (!PixelCodec.samePixels(image, check)) {
            throw new RefusedException("this BMP cannot be re-encoded losslessly by the JDK (transparency or an "
                    + "unusual pixel format); refused");
        }
        return out;
    }

    /** The size the DIB header declares, checked before any decoder sees the file. */
    private static void checkDeclaredSize(byte[] in, Limits limits) throws RefusedException {
        long dib = Bytes.u32le(in, 14);
        if (dib == 12) { // OS/2 core header: 16-bit sizes
            limits.checkPixels(Bytes.u16le(in, 18), Bytes.u16le(in, 20));
        } else {
            // height is negative for top-down bitmaps
            limits.checkPixels((int) Bytes.u32le(in, 18), Math.abs((long) (int) Bytes.u32le(in, 22)));
        }
    }
}
