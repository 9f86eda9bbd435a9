package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.assertNoPlanted;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.scrub;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

class TiffBmpHeifTest {
    @Test
    void tiffIsRebuiltWithIdenticalPixelsAndNoTags() throws Exception {
        byte[] dirty = load("dirty.tif");
        byte[] clean = scrub(dirty, "scan.tif");
        assertNoPlanted(clean);
        assertTrue(PixelCodec.samePixels(ImageFixtures.decode(dirty), ImageFixtures.decode(clean)));
        assertTrue(ImageFixtures.sameRgb(ImageFixtures.decode(dirty), ImageFixtures.decode(clean)));
    }

    @Test
    void tiffIccProfileIsDroppedUnlessKept() throws Exception {
        byte[] icc = load("icc.tif");
        byte[] clean = scrub(icc, "scan.tif");
        assertTrue(ImageFixtures.metadata(clean).getFirstDirectoryOfType(com.drew.metadata.icc.IccDirectory.class) == null);
        assertTrue(PixelCodec.samePixels(ImageFixtures.decode(icc), ImageFixtures.decode(clean)));
        byte[] kept = scrub(icc, "scan.tif", ImageFixtures.keepIcc());
        assertTrue(ImageFixtures.metadata(kept).getFirstDirectoryOfType(com.drew.metadata.icc.IccDirectory.class) != null);
    }

    @Test
    void multiPageTiffKeepsEveryPage() throws Exception {
        BufferedImage first = ImageFixtures.decode(load("dirty.tif"));
        BufferedImage second = new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_GRAY);
        second.getRaster().setSample(3, 2, 0, 200);
        byte[] twoPages = PixelCodec.encode(List.of(first, second), "tiff", p -> { });
        byte[] clean = scrub(twoPages, "pages.tiff");
        List<PixelCodec.Page> pages = PixelCodec.decode(clean, "tiff", org.veil.files.Limits.defaults(), 10, false);
        assertEquals(2, pages.size());
        assertTrue(PixelCodec.samePixels(first, pages.get(0).image()));
        assertTrue(PixelCodec.samePixels(second, pages.get(1).image()));
    }

    @Test
    void tiffOrientationIsAppliedToThePixels() throws Exception {
        BufferedImage src = ImageFixtures.decode(load("dirty.tif"));
        BufferedImage turned = PixelCodec.orient(src, 6);
        assertEquals(src.getHeight(), turned.getWidth());
        assertEquals(src.getRGB(0, src.getHeight() - 1), turned.getRGB(0, 0));
        // orientation 6 then 8 is the identity
        assertTrue(PixelCodec.samePixels(src, PixelCodec.orient(turned, 8)));
    }

    @Test
    void bmpLosesItsLinkedProfileGapAndTrailer() throws Exception {
        byte[] dirty = load("dirty.bmp");
        byte[] clean = scrub(dirty, "paint.bmp");
        assertNoPlanted(clean);
        assertTrue(PixelCodec.samePixels(ImageFixtures.decode(dirty), ImageFixtures.decode(clean)));
    }

    @Test
    void bmpDeclaringTooManyPixelsIsRefused() {
        byte[] bomb = load("dirty.bmp");
        java.nio.ByteBuffer.wrap(bomb).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(18, 100_000).putInt(22, 100_000);
        RefusedException e = assertThrows(RefusedException.class, () -> scrub(bomb, "paint.bmp"));
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void truncatedTiffIsRefused() {
        byte[] dirty = load("dirty.tif");
        assertThrows(RefusedException.class, () -> scrub(Arrays.copyOf(dirty, 60), "scan.tif"));
    }

    @Test
    void aCodecFailureIsToldInVeilsWordsNotTheLibrarys() {
        assertEquals("its image data is corrupt or uses a feature Java's decoder lacks",
                PixelCodec.reason(new javax.imageio.IIOException("Error reading PNG image data")));
        assertEquals("it ends early: truncated", PixelCodec.reason(new java.io.EOFException()));
        String runtime = PixelCodec.reason(new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5"));
        assertFalse(runtime.contains("Index 5"), runtime);
        byte[] dirty = load("dirty.tif");
        for (int cut : new int[] {60, dirty.length / 2, dirty.length - 10}) {
            try {
                scrub(Arrays.copyOf(dirty, cut), "scan.tif");
            } catch (RefusedException e) {
                assertFalse(e.getMessage().matches("(?s).*(?:Exception|out of bounds|Error reading).*"), e.getMessage());
            }
        }
    }

    @Test
    void jdkWritersRoundTripSanity() throws Exception {
        assertTrue(ImageIO.getImageWritersByFormatName("tiff").hasNext());
        assertTrue(ImageIO.getImageReadersByFormatName("bmp").hasNext());
    }
}
