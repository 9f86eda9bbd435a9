package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.assertNoPlanted;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.metadata;
import static org.veil.files.image.ImageFixtures.scrub;

import com.drew.metadata.Metadata;
import com.drew.metadata.gif.GifAnimationDirectory;
import com.drew.metadata.gif.GifCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veil.files.RefusedException;

class GifWebpCleaningTest {
    private final byte[] gif = load("dirty.gif");
    private final byte[] webp = load("dirty.webp");

    @Test
    void gifLosesCommentAndXmpButKeepsPixelsAndLoop() throws Exception {
        assertNotNull(metadata(gif).getFirstDirectoryOfType(XmpDirectory.class), "fixture lost its XMP");
        byte[] clean = scrub(gif, "anim.gif");
        assertNoPlanted(clean);
        Metadata m = metadata(clean);
        assertNull(m.getFirstDirectoryOfType(GifCommentDirectory.class));
        assertNull(m.getFirstDirectoryOfType(XmpDirectory.class));
        assertNotNull(m.getFirstDirectoryOfType(GifAnimationDirectory.class), "the loop count should stay");
        assertTrue(ImageFixtures.sameRgb(ImageFixtures.decode(gif), ImageFixtures.decode(clean)));
        assertArrayEquals(lzwData(gif), lzwData(clean));
    }

    @Test
    void gifDropsTrailingDataAndRefusesTruncation() throws Exception {
        byte[] trailing = PngCleaningTest.concat(gif, "TRAILER-SECRET".getBytes(StandardCharsets.US_ASCII));
        assertNoPlanted(scrub(trailing, "anim.gif"));
        RefusedException e = assertThrows(RefusedException.class,
                () -> scrub(Arrays.copyOf(gif, gif.length / 2), "anim.gif"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void gifParanoidModeRerendersTheSameColours() throws Exception {
        byte[] clean = scrub(gif, "anim.gif", ImageFixtures.paranoid());
        assertNoPlanted(clean);
        assertTrue(ImageFixtures.sameRgb(ImageFixtures.decode(gif), ImageFixtures.decode(clean)));
    }

    @Test
    void animatedGifKeepsEveryFrameAndLosesTheComment() throws Exception {
        java.awt.image.BufferedImage a = ImageFixtures.decode(gif);
        java.awt.image.BufferedImage b = PixelCodec.orient(a, 3);
        byte[] anim = PixelCodec.encode(java.util.List.of(a, b), "gif", p -> { });
        // a comment extension just before the trailer
        byte[] text = "planted comment".getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(anim, 0, anim.length - 1);
        out.write(new byte[] {0x21, (byte) 0xFE, (byte) text.length}, 0, 3);
        out.writeBytes(text);
        out.write(0);
        out.write(0x3B);
        byte[] clean = scrub(out.toByteArray(), "anim.gif");
        assertNoPlanted(clean);
        java.util.List<PixelCodec.Page> frames = PixelCodec.decode(clean, "gif", org.veil.files.Limits.defaults(), 10,
                false);
        assertEquals(2, frames.size());
        assertArrayEquals(lzwData(anim), lzwData(clean));
        RefusedException e = assertThrows(RefusedException.class,
                () -> scrub(clean, "anim.gif", ImageFixtures.paranoid()));
        assertTrue(e.getMessage().contains("2 frames"), e.getMessage());
    }

    @Test
    void webpLosesExifAndXmpButKeepsTheBitstream() throws Exception {
        byte[] clean = scrub(webp, "photo.webp");
        assertNoPlanted(clean);
        assertArrayEquals(riffChunk(webp, "VP8L"), riffChunk(clean, "VP8L"));
        assertEquals(clean.length - 8, java.nio.ByteBuffer.wrap(clean).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4));
        int vp8x = ImageFixtures.indexOf(clean, "VP8X".getBytes(StandardCharsets.US_ASCII));
        assertTrue(vp8x < 0 || (clean[vp8x + 8] & 0x0C) == 0, "EXIF/XMP flags must be cleared");
        assertTrue(ImageFixtures.indexOf(clean, "EXIF".getBytes(StandardCharsets.US_ASCII)) < 0);
        assertTrue(ImageFixtures.indexOf(clean, "XMP ".getBytes(StandardCharsets.US_ASCII)) < 0);
    }

    @Test
    void webpRefusesTruncationAndParanoidMode() {
        RefusedException cut = assertThrows(RefusedException.class,
                () -> scrub(Arrays.copyOf(webp, webp.length - 100), "photo.webp"));
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
        RefusedException paranoid = assertThrows(RefusedException.class,
                () -> scrub(webp, "photo.webp", ImageFixtures.paranoid()));
        assertTrue(paranoid.getMessage().contains("WebP"), paranoid.getMessage());
    }

    /** The concatenated image-data sub-blocks of every frame, found by an independent block walk. */
    static byte[] lzwData(byte[] g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int flags = g[10] & 0xFF;
        int p = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while ((g[p] & 0xFF) != 0x3B) {
            int start = p;
            if ((g[p] & 0xFF) == 0x2C) {
                int local = g[p + 9] & 0xFF;
                p += 10 + ((local & 0x80) != 0 ? 3 << ((local & 7) + 1) : 0) + 1;
            } else {
                p += 2;
            }
            while ((g[p] & 0xFF) != 0) {
                p += 1 + (g[p] & 0xFF);
            }
            p++;
            if ((g[start] & 0xFF) == 0x2C) {
                out.write(g, start, p - start);
            }
        }
        return out.toByteArray();
    }

    static byte[] riffChunk(byte[] riff, String id) {
        var b = java.nio.ByteBuffer.wrap(riff).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int p = 12; p + 8 <= riff.length; ) {
            int size = b.getInt(p + 4);
            if (new String(riff, p, 4, StandardCharsets.US_ASCII).equals(id)) {
                return Arrays.copyOfRange(riff, p, p + 8 + size);
            }
            p += 8 + size + (size & 1);
        }
        throw new AssertionError("no " + id);
    }
}
