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
        BufferedImage image = PixelCodec.decode(in, "bmp", limits, 1, false).get(0).image();
        byte[] out = PixelCodec.encode(List.of(image), "bmp", param -> { });
        BufferedImage check = PixelCodec.decode(out, "bmp", limits, 1, false).get(0).image();
        if (!PixelCodec.samePixels(image, check)) {
            throw new RefusedException("this BMP cannot be re-encoded losslessly by the JDK (transparency or an "
                    + "unusual pixel format); refused");
        }
        return out;
    }
}
