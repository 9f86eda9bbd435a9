package org.veil.faces.yunet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.Landmarks;
import org.veil.faces.eval.FaceEvaluation;
import org.veil.faces.eval.FaceEvaluator;
import org.veil.faces.eval.ShippedEvalSet;
import org.veil.faces.eval.SizeBucket;

/** YuNet on the built-in evaluation set and on single photos. */
class YuNetDetectorTest {
    /**
     * Measured on the built-in set (58 faces, 16 images): recall 58/58, no false positive (one dark three-quarter
     * face is the weakest). Floors leave about two faces of room each way.
     */
    static final double RECALL_FLOOR = 0.95;
    static final double PRECISION_FLOOR = 0.95;

    private static YuNetDetector detector;

    @BeforeAll
    static void load() {
        detector = new YuNetDetector();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    private static BufferedImage shipped(String path) throws Exception {
        return FaceEvaluator.load(ShippedEvalSet.images(), path);
    }

    @Test
    void theBuiltInSetIsFoundWithFewFalseCovers() throws Exception {
        FaceEvaluation e = FaceEvaluator.evaluate(detector, ShippedEvalSet.annotations(), ShippedEvalSet.images());
        System.out.println(e.toText());
        assertTrue(e.counts().recall() >= RECALL_FLOOR, e.toText());
        assertTrue(e.counts().precision() >= PRECISION_FLOOR, e.toText());
        for (FaceEvaluation.BucketRecall b : e.buckets()) {
            assertTrue(b.recall() >= 0.9, b.bucket() + " " + e.toText());
        }
        assertTrue(e.buckets().stream().anyMatch(b -> b.bucket() == SizeBucket.SMALL && b.faces() > 20));
    }

    @Test
    void aCatsFaceAndACoffeeCupAreNotFaces() throws Exception {
        assertEquals(List.of(), detector.detect(shipped("empty/chelsea.jpg")));
        assertEquals(List.of(), detector.detect(shipped("empty/coffee.jpg")));
        assertEquals(List.of(), detector.detect(shipped("scenes/empty-01.jpg")), "cat faces, helmet, cup on brick");
    }

    @Test
    void aPortraitGivesOneFaceWithLandmarksInPlace() throws Exception {
        List<Face> faces = detector.detect(shipped("photos/astronaut.jpg"));
        assertEquals(1, faces.size(), faces.toString());
        Face f = faces.get(0);
        assertTrue(f.box().iou(new Box(173, 83, 104, 98)) >= 0.5, f.toString());
        Landmarks l = f.landmarks();
        assertTrue(l.rightEye().x() < l.leftEye().x(), "her right eye is on the image's left: " + l);
        assertTrue(l.nose().y() > l.rightEye().y() && l.mouthLeft().y() > l.nose().y(), l.toString());
        assertTrue(Math.abs(Math.toDegrees(l.roll())) < 15, "an upright portrait: " + Math.toDegrees(l.roll()));
        assertEquals(YuNetDetector.NAME, f.source());
    }

    @Test
    void aTurnedFaceTurnsItsLandmarks() throws Exception {
        BufferedImage upright = shipped("photos/astronaut.jpg");
        BufferedImage turned = new BufferedImage(upright.getWidth(), upright.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = turned.createGraphics();
        g.rotate(Math.toRadians(25), upright.getWidth() / 2.0, upright.getHeight() / 2.0);
        g.drawImage(upright, 0, 0, null);
        g.dispose();
        List<Face> faces = detector.detect(turned);
        assertEquals(1, faces.size(), faces.toString());
        double roll = Math.toDegrees(faces.get(0).landmarks().roll());
        assertTrue(roll > 12 && roll < 38, "turned 25° clockwise, landmarks say " + roll);
    }
}
