package org.veil.faces.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

class FaceEvaluatorTest {

    /** Reports one face in the top-left quarter of every image, and remembers what it was given. */
    private static final class QuarterDetector implements FaceDetector {
        final List<BufferedImage> seen = new ArrayList<>();

        @Override
        public String name() {
            return "quarter";
        }

        @Override
        public List<Face> detect(BufferedImage image) {
            seen.add(image);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new Face(new Box(0, 0, image.getWidth() / 2.0, image.getHeight() / 2.0), 0.8, name()));
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    @Test
    void runsTheDetectorOnRgbImagesAndScoresIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/gray.png"), encode(new BufferedImage(100, 80, BufferedImage.TYPE_BYTE_GRAY), "png"));
        Files.write(dir.resolve("color.jpg"), encode(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "jpg"));
        Files.writeString(dir.resolve("gt.txt"), """
                sub/gray.png
                1
                0 0 50 40 0 0 0 0 0 0
                color.jpg
                0
                0 0 0 0 0 0 0 0 0 0
                """);
        List<AnnotatedImage> set = WiderAnnotations.read(dir.resolve("gt.txt"));
        QuarterDetector detector = new QuarterDetector();
        FaceEvaluation e = FaceEvaluator.evaluate(detector, set, ImageSource.folder(dir));

        assertEquals(2, detector.seen.size());
        for (BufferedImage image : detector.seen) {
            assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        }
        assertEquals(100, detector.seen.get(0).getWidth());
        assertEquals(new FaceEvaluation.Counts(1, 1, 0), e.counts());
        assertEquals("quarter", e.detector());
        assertTrue(e.detectSeconds() >= 0.009, "detection time is measured: " + e.detectSeconds());
        assertTrue(e.imagesPerSecond() > 0 && e.imagesPerSecond() < 250, String.valueOf(e.imagesPerSecond()));
    }

    @Test
    void namesAMissingImage(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> FaceEvaluator.evaluate(new QuarterDetector(),
                List.of(new AnnotatedImage("gone.jpg", List.of())), ImageSource.folder(dir)));
        assertTrue(e.getMessage().startsWith("annotated image not found: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("gone.jpg"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAnImage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("note.jpg"), "not a picture");
        IOException e = assertThrows(IOException.class, () -> FaceEvaluator.load(ImageSource.folder(dir), "note.jpg"));
        assertTrue(e.getMessage().startsWith("note.jpg is not an image"), e.getMessage());
    }

    @Test
    void refusesAnImageWithAnExifOrientationBecauseItsBoxesWouldBeAmbiguous(@TempDir Path dir) throws IOException {
        byte[] jpeg = encode(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg");
        Files.write(dir.resolve("rotated.jpg"), withOrientation(jpeg, 6));
        Files.write(dir.resolve("upright.jpg"), withOrientation(jpeg, 1));
        IOException e = assertThrows(IOException.class,
                () -> FaceEvaluator.load(ImageSource.folder(dir), "rotated.jpg"));
        assertEquals("rotated.jpg has EXIF orientation 6; evaluation images must be stored upright without an "
                + "orientation tag", e.getMessage());
        assertEquals(40, FaceEvaluator.load(ImageSource.folder(dir), "upright.jpg").getWidth());
    }

    /** The JPEG with an APP1 EXIF segment holding only IFD0 Orientation, right after SOI. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1,
            0, (byte) orientation, 0, 0,
            0, 0, 0, 0
        };
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
