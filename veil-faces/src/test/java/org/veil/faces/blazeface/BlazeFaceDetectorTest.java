package org.veil.faces.blazeface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;

class BlazeFaceDetectorTest {
    private static BlazeFaceDetector detector;
    private static List<TestPhotos.Portrait> portraits;

    @BeforeAll
    static void load() {
        detector = new BlazeFaceDetector();
        portraits = new ArrayList<>();
        for (String name : List.of(TestPhotos.ASTRONAUT, TestPhotos.GRACE_HOPPER)) {
            BufferedImage image = TestPhotos.load(name);
            List<Face> faces = detector.detect(image);
            assertEquals(1, faces.size(), name + ": " + faces);
            portraits.add(new TestPhotos.Portrait(image, faces.get(0).box()));
        }
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void eachPortraitHasOneTightFaceBox() {
        List<Box> handMeasured = List.of(BlazeFaceModelTest.ASTRONAUT_FACE, BlazeFaceModelTest.HOPPER_FACE);
        for (int i = 0; i < portraits.size(); i++) {
            Box found = portraits.get(i).face();
            double iou = found.iou(handMeasured.get(i));
            assertTrue(iou >= 0.6, "IoU " + iou + " for " + found);
            // Tight: brow to chin, not grown for hair (the coverer adds its own margin).
            assertTrue(found.h() <= handMeasured.get(i).h() * 1.2, "box " + found);
        }
    }

    @Test
    void groupPhotoEveryPastedFaceIsFound() {
        TestPhotos.Scene scene = TestPhotos.group(2000, 1500, portraits, 24, 40, 80, 200);
        List<Face> found = detector.detect(scene.image());
        int hits = assertRecall(scene, found);
        System.out.printf("BlazeFace group 2000×1500 (faces 24/40/80/200 px): recall %d/%d, %d boxes%n", hits,
                scene.faces().size(), found.size());
        assertTrue(found.size() <= scene.faces().size() + 1, "extra boxes: " + found);
    }

    /**
     * Back-row faces in a 12 MP photo, at the planned minimum (20 px) and a little above; also the timing line.
     */
    @Test
    void twelveMegapixelGroupPhotoFindsTwentyPixelFaces() {
        TestPhotos.Scene scene = TestPhotos.group(4000, 3000, portraits, 20, 24, 30, 48, 120, 400);
        detector.detect(scene.image()); // warm-up: JIT and ONNX Runtime allocations
        long start = System.nanoTime();
        List<Face> found = detector.detect(scene.image());
        double ms = (System.nanoTime() - start) / 1e6;
        int hits = assertRecall(scene, found);
        System.out.printf("BlazeFace 4000×3000 (faces 20–400 px): %.0f ms per image, %d windows, recall %d/%d,"
                + " %d boxes%n", ms, ScanPlan.of(4000, 3000, detector.options()).windowCount(), hits,
                scene.faces().size(), found.size());
    }

    private static int assertRecall(TestPhotos.Scene scene, List<Face> found) {
        int hits = 0;
        List<String> missed = new ArrayList<>();
        for (Box truth : scene.faces()) {
            Face best = found.stream().max(Comparator.comparingDouble(f -> f.box().iou(truth))).orElse(null);
            if (best != null && best.box().iou(truth) >= 0.3) {
                hits++;
            } else {
                missed.add(String.format("%.0f px at (%.0f, %.0f)", truth.w(), truth.x(), truth.y()));
            }
        }
        assertTrue(missed.isEmpty(), "missed faces: " + missed + "; found " + found);
        return hits;
    }

    @Test
    void picturesWithoutFacesGiveFewOrNoBoxes() {
        BufferedImage gradient = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < gradient.getHeight(); y++) {
            for (int x = 0; x < gradient.getWidth(); x++) {
                gradient.setRGB(x, y, (x * 255 / gradient.getWidth()) << 16 | (y * 255 / gradient.getHeight()) << 8
                        | 128);
            }
        }
        assertEquals(List.of(), detector.detect(gradient));
        assertEquals(List.of(), detector.detect(TestPhotos.load(TestPhotos.GRASS)));
        // The rocket's nose cone with its mission logo for eyes is the one face-like thing here.
        List<Face> rocket = detector.detect(TestPhotos.load(TestPhotos.ROCKET));
        assertTrue(rocket.size() <= 1, "rocket: " + rocket);
        // Enlarged 6×, the launch smoke becomes smooth blobs at the finest level: the hard case for tiling.
        List<Face> bigRocket = detector.detect(TestPhotos.rgb(TestPhotos.load(TestPhotos.ROCKET), 4000, 2668));
        System.out.printf("BlazeFace without faces: gradient 0, grass 0, rocket %d, rocket enlarged to 11 MP %d%n",
                rocket.size(), bigRocket.size());
        assertTrue(bigRocket.size() <= 5, "enlarged rocket: " + bigRocket);
    }

    @Test
    void bgrAndGreyInputsAreRead() {
        BufferedImage rgb = portraits.get(0).image();
        BufferedImage bgr = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (BufferedImage target : List.of(bgr, grey)) {
            Graphics2D g = target.createGraphics();
            g.drawImage(rgb, 0, 0, null);
            g.dispose();
        }
        assertEquals(detector.detect(rgb), detector.detect(bgr));
        List<Face> greyFaces = detector.detect(grey);
        assertEquals(1, greyFaces.size());
        assertTrue(greyFaces.get(0).box().iou(portraits.get(0).face()) >= 0.8);
    }

    @Test
    void facesNamedAndScoredAndInsideTheImage() {
        for (TestPhotos.Portrait p : portraits) {
            for (Face f : detector.detect(p.image())) {
                assertEquals(BlazeFaceDetector.NAME, f.source());
                assertTrue(f.score() >= BlazeFaceOptions.DEFAULT_SCORE_THRESHOLD && f.score() <= 1);
                assertEquals(f.box(), f.box().clippedTo(p.image().getWidth(), p.image().getHeight()));
            }
        }
    }

    @Test
    void closedDetectorAndBadOptionsFailClosed() {
        BlazeFaceDetector closed = new BlazeFaceDetector();
        closed.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> closed.detect(portraits.get(0).image()));
        assertEquals("BlazeFace detector is closed", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BlazeFaceOptions.defaults().withScoreThreshold(1));
        assertThrows(IllegalArgumentException.class, () -> BlazeFaceOptions.defaults().withMinFaceSize(2));
        assertThrows(IllegalArgumentException.class, () -> BlazeFaceOptions.defaults().withTileOverlap(0.9));
        assertThrows(IllegalArgumentException.class, () -> BlazeFaceOptions.defaults().withMaxWindows(4));
    }
}
