package org.veil.faces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.veil.faces.cover.CoverShape;
import org.veil.faces.cover.CoverStyle;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/** The covering pipeline with a detector that reports fixed boxes, so that what is tested is the pipeline. */
class FaceRedactorTest {
    /** Reports the given boxes and remembers the size of the image it was shown. */
    static final class FixedDetector implements FaceDetector {
        final List<Face> faces;
        int seenWidth;
        int seenHeight;

        FixedDetector(Face... faces) {
            this.faces = List.of(faces);
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public List<Face> detect(BufferedImage image) {
            seenWidth = image.getWidth();
            seenHeight = image.getHeight();
            return faces;
        }
    }

    static final Face LEFT = new Face(new Box(20, 20, 40, 40), 0.9, "fixed");
    static final Face RIGHT = new Face(new Box(140, 20, 40, 40), 0.8, "fixed");
    static final Face FAINT = new Face(new Box(90, 100, 20, 20), 0.2, "fixed");

    static BufferedImage scene() {
        BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < 200; x += 10) {
            g.setColor(new Color(x, 255 - x, (x * 7) % 255));
            g.fillRect(x, 0, 10, 150);
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] b) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(b));
    }

    FaceRedactor.Result run(FaceDetector d, byte[] input, String name, FaceRedactor.Options o) throws RefusedException {
        return new FaceRedactor(d, Limits.defaults()).redact(input, name, o, false);
    }

    static FaceRedactor.Options options(CoverStyle style, Set<Integer> keep, List<Box> extra) {
        return new FaceRedactor.Options(style, CoverShape.ELLIPSE, 1.3, 0.5, keep, extra);
    }

    @Test
    void solidCoversTheWholeGrownFaceAndNothingFarAway() throws Exception {
        BufferedImage before = scene();
        FaceRedactor.Result r = run(new FixedDetector(LEFT, RIGHT, FAINT), png(before), "group.png",
                FaceRedactor.Options.defaults());
        BufferedImage out = decode(r.output());
        assertEquals(FileType.PNG, r.type());
        assertEquals(2, r.coveredCount(), "the faint detection is under the threshold");
        for (Face f : List.of(LEFT, RIGHT)) {
            Box grown = f.box().grown(1.3).clippedTo(200, 150);
            for (int y = (int) grown.y(); y < grown.y() + grown.h(); y++) {
                for (int x = (int) grown.x(); x < grown.x() + grown.w(); x++) {
                    assertEquals(Color.BLACK.getRGB(), out.getRGB(x, y), "uncovered pixel " + x + "," + y);
                }
            }
        }
        assertEquals(before.getRGB(100, 140), out.getRGB(100, 140), "far from faces nothing changes");
        assertEquals(before.getRGB(100, 110), out.getRGB(100, 110), "below-threshold face left alone");
    }

    @Test
    void keepLeavesTheNumberedFaceAndExtraBoxesAreCovered() throws Exception {
        BufferedImage before = scene();
        Box manual = new Box(90, 100, 20, 20);
        FaceRedactor.Result r = run(new FixedDetector(RIGHT, LEFT), png(before), "g.png",
                options(CoverStyle.SOLID, Set.of(1), List.of(manual)));
        BufferedImage out = decode(r.output());
        assertEquals(List.of(1, 2, 3), r.faces().stream().map(FaceRedactor.NumberedFace::number).toList());
        assertEquals(LEFT, r.faces().get(0).face(), "numbered left to right");
        assertFalse(r.faces().get(0).covered());
        assertEquals(before.getRGB(40, 40), out.getRGB(40, 40), "face 1 kept");
        assertEquals(Color.BLACK.getRGB(), out.getRGB(160, 40), "face 2 covered");
        assertEquals(Color.BLACK.getRGB(), out.getRGB(100, 110), "the hand-drawn box is covered");
        RefusedException e = assertThrows(RefusedException.class, () -> run(new FixedDetector(LEFT), png(before),
                "g.png", options(CoverStyle.SOLID, Set.of(4), List.of())));
        assertTrue(e.getMessage().contains("there is no face 4"), e.getMessage());
    }

    @Test
    void pixelationBlocksScaleWithTheFace() throws Exception {
        Face big = new Face(new Box(40, 20, 120, 120), 0.9, "fixed");
        BufferedImage before = new BufferedImage(200, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 200; x++) {
                before.setRGB(x, y, (x * 31 + y * 17) % 256 * 0x010101);
            }
        }
        BufferedImage out = decode(run(new FixedDetector(big), png(before), "p.png",
                options(CoverStyle.PIXELATE, Set.of(), List.of())).output());
        int distinct = (int) Arrays.stream(out.getRGB(60, 80, 80, 1, null, 0, 80)).distinct().count();
        assertTrue(distinct <= 5, "a 120 px face gets ~20 px blocks: " + distinct + " colours over 80 px");
        assertNotEquals(before.getRGB(100, 80), out.getRGB(100, 80));
        BufferedImage blurred = decode(run(new FixedDetector(big), png(before), "p.png",
                options(CoverStyle.BLUR, Set.of(), List.of())).output());
        assertNotEquals(before.getRGB(100, 80), blurred.getRGB(100, 80));
    }

    @Test
    void exifOrientationIsAppliedBeforeDetectionAndNoMetadataIsWritten() throws Exception {
        BufferedImage wide = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        FixedDetector d = new FixedDetector(new Face(new Box(2, 2, 10, 10), 0.9, "fixed"));
        byte[] jpeg = withOrientation(jpeg(wide), 6);
        FaceRedactor.Result r = run(d, jpeg, "turned.jpg", FaceRedactor.Options.defaults());
        assertEquals(20, d.seenWidth, "the detector saw the upright picture");
        assertEquals(40, d.seenHeight);
        assertEquals(FileType.JPEG, r.type());
        BufferedImage out = decode(r.output());
        assertEquals(20, out.getWidth());
        String raw = new String(r.output(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Exif"), "no EXIF in the output");
    }

    @Test
    void alphaGreyAndPreviewAreHandled() throws Exception {
        BufferedImage argb = new BufferedImage(100, 80, BufferedImage.TYPE_INT_ARGB);
        FaceRedactor.Result r = new FaceRedactor(new FixedDetector(LEFT), Limits.defaults())
                .redact(png(argb), "alpha.png", FaceRedactor.Options.defaults(), true);
        assertTrue(decode(r.output()).getColorModel().hasAlpha(), "a PNG with alpha stays one");
        assertNotNull(r.preview());
        assertEquals(100, decode(r.preview()).getWidth());
        BufferedImage grey = new BufferedImage(100, 80, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals(1, run(new FixedDetector(LEFT), png(grey), "grey.png", FaceRedactor.Options.defaults())
                .coveredCount());
    }

    @Test
    void badInputIsRefusedClearly() throws Exception {
        byte[] good = png(scene());
        FixedDetector d = new FixedDetector(LEFT);
        assertThrows(RefusedException.class, () -> run(d, Arrays.copyOf(good, good.length / 2), "cut.png",
                FaceRedactor.Options.defaults()));
        assertThrows(RefusedException.class, () -> run(d, "not an image".getBytes(StandardCharsets.UTF_8),
                "x.png", FaceRedactor.Options.defaults()));
        RefusedException bomb = assertThrows(RefusedException.class, () -> new FaceRedactor(d, FaceRedactor.limits())
                .redact(pngDeclaring(10000, 10000), "bomb.png", FaceRedactor.Options.defaults(), false));
        assertTrue(bomb.getMessage().contains("megapixels"), bomb.getMessage());
        RefusedException anim = assertThrows(RefusedException.class, () -> run(d, animatedGif(), "a.gif",
                FaceRedactor.Options.defaults()));
        assertTrue(anim.getMessage().contains("animated"), anim.getMessage());
    }

    @Test
    void aJpegCutInHalfIsRefusedNotPaddedWithGrey() throws Exception {
        byte[] good = jpeg(scene());
        RefusedException e = assertThrows(RefusedException.class, () -> run(new FixedDetector(LEFT),
                Arrays.copyOf(good, good.length / 2), "cut.jpg", FaceRedactor.Options.defaults()));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** Inserts a minimal EXIF APP1 holding only Orientation right after the JPEG's SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0,
                0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int len = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG whose header declares a huge size (the pixel data would never be read). */
    static byte[] pngDeclaring(int w, int h) throws IOException {
        byte[] small = png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(small);
        b.putInt(16, w);
        b.putInt(20, h);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(small, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return small;
    }

    static byte[] animatedGif() throws IOException {
        javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.prepareWriteSequence(null);
            List<BufferedImage> frames = new ArrayList<>();
            frames.add(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_INDEXED));
            frames.add(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_INDEXED));
            for (BufferedImage f : frames) {
                w.writeToSequence(new javax.imageio.IIOImage(f, null, null), null);
            }
            w.endWriteSequence();
        }
        return out.toByteArray();
    }
}
