package org.veil.faces.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GreyPixelsTest {
    @Test
    void lumaMatchesBt601() {
        assertEquals(0, GreyPixels.luma(0, 0, 0));
        assertEquals((byte) 255, GreyPixels.luma(255, 255, 255));
        assertEquals(76, GreyPixels.luma(255, 0, 0)); // 0.299 × 255
        assertEquals((byte) 150, GreyPixels.luma(0, 255, 0)); // 0.587 × 255
        assertEquals(29, GreyPixels.luma(0, 0, 255)); // 0.114 × 255
    }

    /** The fast paths for the two upright types and the generic path (a sub-image) agree pixel for pixel. */
    @Test
    void everyPixelLayoutGivesTheSameGrey() {
        int w = 37;
        int h = 23;
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        BufferedImage bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage larger = new BufferedImage(w + 5, h + 4, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        byte[] expected = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = random.nextInt(1 << 24);
                rgb.setRGB(x, y, p);
                bgr.setRGB(x, y, p);
                larger.setRGB(x + 3, y + 2, p);
                expected[y * w + x] = GreyPixels.luma(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
            }
        }
        assertArrayEquals(expected, GreyPixels.of(rgb));
        assertArrayEquals(expected, GreyPixels.of(bgr));
        assertArrayEquals(expected, GreyPixels.of(larger.getSubimage(3, 2, w, h)));
    }

    @Test
    void greyImagesAreCopiedAsTheyAre() {
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        byte[] values = {0, 17, 100, (byte) 128, (byte) 200, (byte) 255};
        grey.getRaster().setDataElements(0, 0, 3, 2, values);
        assertArrayEquals(values, GreyPixels.of(grey));
    }
}
