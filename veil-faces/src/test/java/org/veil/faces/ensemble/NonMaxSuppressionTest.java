package org.veil.faces.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;

class NonMaxSuppressionTest {
    private final NonMaxSuppression nms = new NonMaxSuppression();

    private static Face face(double x, double y, double w, double h, double score, String source) {
        return new Face(new Box(x, y, w, h), score, source);
    }

    @Test
    void emptyInputGivesNoFaces() {
        assertEquals(List.of(), nms.merge(List.of()));
    }

    @Test
    void aLoneFaceComesBackUnchanged() {
        Face f = face(10, 20, 30, 40, 0.7, "blazeface");
        assertEquals(List.of(f), nms.merge(List.of(f)));
    }

    @Test
    void duplicatesFromTwoDetectorsBecomeOneFaceWithTheBestBox() {
        List<Face> merged = nms.merge(List.of(
                face(100, 100, 50, 50, 0.9, "blazeface"),
                face(105, 95, 50, 52, 0.6, "cascade-frontal")));
        assertEquals(1, merged.size());
        Face f = merged.get(0);
        assertEquals(new Box(100, 100, 50, 50), f.box(), "the best-scoring box: a union drifts past the face");
        assertEquals(1 - 0.1 * 0.4, f.score(), 1e-12, "noisy-or of the two detectors");
        assertEquals("blazeface+cascade-frontal", f.source());
    }

    @Test
    void repeatedBoxesFromOneDetectorCountAsOneOpinion() {
        List<Face> merged = nms.merge(List.of(
                face(0, 0, 40, 40, 0.5, "cascade-profile"),
                face(2, 2, 40, 40, 0.5, "cascade-profile"),
                face(4, 0, 40, 40, 0.4, "cascade-profile")));
        assertEquals(1, merged.size());
        assertEquals(0.5, merged.get(0).score(), 1e-12, "max within a detector, not noisy-or");
        assertEquals("cascade-profile", merged.get(0).source());
        assertEquals(new Box(0, 0, 40, 40), merged.get(0).box());
    }

    @Test
    void separateFacesAreKeptApart() {
        Face left = face(0, 0, 50, 50, 0.8, "blazeface");
        Face right = face(200, 0, 50, 50, 0.6, "blazeface");
        Face below = face(0, 300, 20, 20, 0.9, "cascade-frontal");
        assertEquals(List.of(below, left, right), nms.merge(List.of(left, right, below)), "best score first");
    }

    @Test
    void touchingButDistinctFacesAreKeptApart() {
        // Side by side, overlapping by 10 px: IoU 0.11 and containment 0.2, both below the thresholds.
        List<Face> merged = nms.merge(List.of(face(0, 0, 50, 50, 0.8, "a"), face(40, 0, 50, 50, 0.8, "b")));
        assertEquals(2, merged.size());
    }

    @Test
    void aBoxNestedInALargerOneIsMergedIntoTheBetterScoredBox() {
        Face big = face(100, 100, 200, 200, 0.5, "cascade-frontal");
        Face small = face(150, 150, 60, 60, 0.8, "blazeface");
        assertTrue(big.box().iou(small.box()) < NonMaxSuppression.DEFAULT_MIN_IOU, "IoU alone would keep both");
        List<Face> merged = nms.merge(List.of(small, big));
        assertEquals(1, merged.size());
        assertEquals(small.box(), merged.get(0).box());
        assertEquals(1 - 0.5 * 0.2, merged.get(0).score(), 1e-12);
        assertEquals("blazeface+cascade-frontal", merged.get(0).source());
    }

    @Test
    void aBoxMostlyInsideAnotherIsMerged() {
        // 70% of the small box lies inside the big one.
        Face big = face(0, 0, 100, 100, 0.6, "a");
        Face mostlyInside = face(79, 10, 30, 30, 0.6, "b");
        assertEquals(0.7, NonMaxSuppression.containment(big.box(), mostlyInside.box()), 1e-12);
        assertEquals(1, nms.merge(List.of(big, mostlyInside)).size());
        Face halfInside = face(85, 10, 30, 30, 0.6, "b");
        assertEquals(0.5, NonMaxSuppression.containment(big.box(), halfInside.box()), 1e-12);
        assertEquals(2, nms.merge(List.of(big, halfInside)).size());
    }

    @Test
    void overlapChainsDoNotSwallowANeighbour() {
        // a overlaps b, b overlaps c, a and c do not meet: b joins the best (a); c keeps its own box.
        List<Face> merged = nms.merge(List.of(
                face(0, 0, 100, 100, 0.7, "a"), face(40, 0, 100, 100, 0.6, "b"), face(80, 0, 100, 100, 0.6, "c")));
        assertEquals(2, merged.size());
        assertEquals(new Box(0, 0, 100, 100), merged.get(0).box());
        assertEquals("a+b", merged.get(0).source());
        assertEquals(new Box(80, 0, 100, 100), merged.get(1).box());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Face> faces = new ArrayList<>(List.of(
                face(100, 100, 50, 50, 0.9, "blazeface"),
                face(104, 98, 52, 50, 0.61, "cascade-frontal"),
                face(110, 110, 30, 30, 0.5, "cascade-profile"),
                face(400, 50, 80, 80, 0.55, "cascade-profile"),
                face(405, 45, 80, 90, 0.7, "blazeface"),
                face(700, 700, 20, 20, 0.3, "blazeface"),
                face(702, 701, 20, 20, 0.3, "blazeface-full"),
                face(0, 600, 10, 10, 0.99, "cascade-frontal")));
        List<Face> expected = nms.merge(faces);
        assertEquals(4, expected.size());
        Random random = new Random(6);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(faces, random);
            assertEquals(expected, nms.merge(faces), "order " + faces);
        }
    }

    @Test
    void joinedSourcesAreFlattened() {
        List<Face> merged = nms.merge(List.of(
                face(0, 0, 50, 50, 0.8, "cascade-frontal+cascade-profile"),
                face(1, 1, 50, 50, 0.9, "blazeface")));
        assertEquals("blazeface+cascade-frontal+cascade-profile", merged.get(0).source());
    }

    @Test
    void emptyBoxesDoNotMergeOrCrash() {
        Face empty = face(10, 10, 0, 0, 0.5, "a");
        Face real = face(0, 0, 50, 50, 0.5, "b");
        assertEquals(2, nms.merge(List.of(empty, real)).size());
    }

    @Test
    void thresholdsAreConfigurable() {
        Face a = face(0, 0, 50, 50, 0.8, "a");
        Face b = face(40, 0, 50, 50, 0.8, "b");
        assertEquals(1, new NonMaxSuppression(0.1, 0.6).merge(List.of(a, b)).size());
        assertTrue(new NonMaxSuppression(0.9, 1.0).sameFace(new Box(0, 0, 10, 10), new Box(2, 2, 5, 5)));
    }

    @Test
    void badInputFailsClosed() {
        assertThrows(IllegalArgumentException.class, () -> nms.merge(List.of(face(0, 0, 1, 1, 1.5, "a"))));
        assertThrows(IllegalArgumentException.class, () -> nms.merge(List.of(face(0, 0, 1, 1, Double.NaN, "a"))));
        assertThrows(IllegalArgumentException.class, () -> nms.merge(List.of(face(0, 0, 1, 1, 0.5, " "))));
        assertThrows(IllegalArgumentException.class, () -> new NonMaxSuppression(0, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new NonMaxSuppression(0.3, 1.2));
    }
}
