package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.scrub;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.veil.files.RefusedException;

/** The pixel limit holds on the lossless paths, which never decode: a declared 4-gigapixel image is refused. */
class DeclaredSizeLimitTest {
    private static void assertRefusedAsBomb(byte[] content, String name) {
        RefusedException e = assertThrows(RefusedException.class, () -> scrub(content, name));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }

    @Test
    void pngDeclaringTooManyPixels() {
        byte[] png = load("dirty.png");
        for (int i = 16; i < 24; i++) {
            png[i] = (byte) (i % 4 < 2 ? 0x00 : 0xFF); // width and height 65535
        }
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        long c = crc.getValue();
        for (int k = 0; k < 4; k++) {
            png[29 + k] = (byte) (c >> (24 - 8 * k));
        }
        assertRefusedAsBomb(png, "bomb.png");
    }

    @Test
    void jpegDeclaringTooManyPixels() {
        byte[] jpeg = load("dirty.jpg");
        // Walk the segments (a byte pair FF C0 may also sit inside the EXIF thumbnail).
        int sof = -1;
        for (int i = 2; i + 4 < jpeg.length && sof < 0; ) {
            int code = jpeg[i + 1] & 0xFF;
            if (code == 0xC0 || code == 0xC2) {
                sof = i;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        assertTrue(sof > 0, "fixture has a SOF0/SOF2 segment");
        for (int k = 5; k < 9; k++) {
            jpeg[sof + k] = (byte) 0xFF;
        }
        assertRefusedAsBomb(jpeg, "bomb.jpg");
    }

    @Test
    void gifDeclaringTooManyPixels() {
        byte[] gif = load("dirty.gif");
        for (int i = 6; i < 10; i++) {
            gif[i] = (byte) 0xFF;
        }
        assertRefusedAsBomb(gif, "bomb.gif");
    }

    @Test
    void webpDeclaringTooManyPixels() throws Exception {
        byte[] webp = load("dirty.webp");
        assertTrue(new String(webp, 12, 4, StandardCharsets.US_ASCII).equals("VP8X"), "fixture starts with VP8X");
        long[] size = WebpCleaner.declaredSize(webp);
        assertTrue(size[0] > 0 && size[0] < 10_000 && size[1] > 0 && size[1] < 10_000, size[0] + "x" + size[1]);
        for (int i = 24; i < 30; i++) {
            webp[i] = (byte) 0xFF;
        }
        assertRefusedAsBomb(webp, "bomb.webp");
    }
}
