package org.veil.faces.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;

/** Real detection on the public-domain portraits in src/test/resources/cascade (see PROVENANCE.md there). */
class CascadeDetectorTest {
    /** Hand-measured once by eye, brow to chin and cheek to cheek. */
    private static final Box ASTRONAUT = new Box(175, 70, 100, 110);
    private static final Box HOPPER = new Box(135, 110, 180, 180);
    private static final Box CAMERAMAN = new Box(180, 105, 75, 95);

    private static CascadeDetector detector;

    @BeforeAll
    static void load() {
        detector = new CascadeDetector();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    static BufferedImage photo(String name) {
        try (InputStream in = CascadeDetectorTest.class.getResourceAsStream("/cascade/" + name)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage mirrored(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0), null);
        g.dispose();
        return out;
    }

    static Box mirrored(Box b, int width) {
        return new Box(width - b.x() - b.w(), b.y(), b.w(), b.h());
    }

    /** The detected face that best overlaps {@code expected}, failing if none reaches IoU 0.3. */
    static Face found(List<Face> faces, Box expected) {
        Face best = faces.stream().max((a, b) -> Double.compare(a.box().iou(expected), b.box().iou(expected)))
                .orElseThrow(() -> new AssertionError("no face detected, expected one at " + expected));
        assertTrue(best.box().iou(expected) >= 0.3, "best IoU " + best.box().iou(expected) + " for " + best
                + " against " + expected + " among " + faces);
        return best;
    }

    @Test
    void findsTheAstronaut() {
        Face f = found(detector.detect(photo("astronaut.jpg")), ASTRONAUT);
        assertTrue(f.source().contains("cascade-frontal"), f.source());
    }

    @Test
    void findsGraceHopper() {
        Face f = found(detector.detect(photo("grace_hopper.jpg")), HOPPER);
        assertTrue(f.source().contains("cascade-frontal"), f.source());
    }

    @Test
    void findsAMirroredPortrait() {
        BufferedImage image = mirrored(photo("grace_hopper.jpg"));
        found(detector.detect(image), mirrored(HOPPER, image.getWidth()));
    }

    /** Camera man looks right; the profile cascade only knows left-looking faces, so the mirror pass finds him. */
    @Test
    void findsAProfileLookingRightThroughTheMirroredPass() {
        BufferedImage image = photo("camera.jpg"); // decoded as TYPE_BYTE_GRAY: the grey pixel path
        Face f = found(detector.detect(image), CAMERAMAN);
        assertEquals("cascade-profile", f.source());
    }

    @Test
    void findsAProfileLookingLeft() {
        BufferedImage image = mirrored(photo("camera.jpg"));
        Face f = found(detector.detect(image), mirrored(CAMERAMAN, image.getWidth()));
        assertEquals("cascade-profile", f.source());
    }

    @Test
    void facelessImagesGiveAtMostAStrayBox() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = Math.min(255, Math.max(0, x * 255 / 800 + (int) (random.nextGaussian() * 25)));
                image.setRGB(x, y, new Color(v, (v + y / 4) % 256, 255 - v).getRGB());
            }
        }
        List<Face> faces = detector.detect(image);
        assertTrue(faces.size() <= 1, "faces on gradient and noise: " + faces);
        BufferedImage flat = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        assertEquals(List.of(), detector.detect(flat));
    }

    /**
     * A 4000×3000 photo is detected on a 1600×1200 copy; the face must come back in ORIGINAL coordinates.
     * Prints the time per image.
     */
    @Test
    void largePhotoIsDownscaledAndBoxesMappedBack() {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 4000, 3000);
        double s = 3000.0 / 512; // astronaut filling the height, 500 px from the left
        g.drawImage(photo("astronaut.jpg"), 500, 0, 3500, 3000, 0, 0, 512, 512, null);
        g.dispose();
        Box expected = new Box(500 + ASTRONAUT.x() * s, ASTRONAUT.y() * s, ASTRONAUT.w() * s, ASTRONAUT.h() * s);

        found(detector.detect(big), expected); // also warms up
        int runs = 3;
        long start = System.nanoTime();
        List<Face> faces = List.of();
        for (int i = 0; i < runs; i++) {
            faces = detector.detect(big);
        }
        long ms = (System.nanoTime() - start) / 1_000_000 / runs;
        found(faces, expected);
        for (Face f : faces) {
            Box b = f.box();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= 4000 && b.y() + b.h() <= 3000, "inside: " + b);
        }
        System.out.println("CascadeDetector: " + ms + " ms per 4000x3000 image (detected at 1600x1200), "
                + faces.size() + " face(s)");
    }

    /** The downscale's price: at maxSide 1600 a 4000 px photo's smallest findable face is 20 × 2.5 = 50 px. */
    @Test
    void smallFaceInALargePhotoIsFoundAboveTheDownscaleLimit() {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 4000, 3000);
        double s = 0.5; // Grace Hopper's 180 px face becomes 90 px, 36 px at the detection scale
        g.drawImage(photo("grace_hopper.jpg"), 2000, 1500, 2000 + 218, 1500 + 256, 0, 0, 436, 512, null);
        g.dispose();
        Box expected = new Box(2000 + HOPPER.x() * s, 1500 + HOPPER.y() * s, HOPPER.w() * s, HOPPER.h() * s);
        found(detector.detect(big), expected);
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new CascadeSettings(10, 20, 1.1, 3, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CascadeSettings(1600, 20, 1.0, 3, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CascadeSettings(1600, 20, 1.1, 0, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CascadeSettings(1600, 20, 1.1, 3, 0, 0.5));
    }
}
