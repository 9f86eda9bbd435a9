package org.veil.faces.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;

class FaceEvaluationTest {
    private static final Box A = new Box(10, 10, 40, 50);
    private static final Box B = new Box(200, 30, 60, 70);

    private static Face det(Box box, double score) {
        return new Face(box, score, "test");
    }

    private static FaceEvaluation score(List<AnnotatedImage> truth, Map<String, List<Face>> detections) {
        return FaceEvaluation.score("test", truth, detections);
    }

    @Test
    void perfectDetection() {
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A, B))),
                Map.of("p.jpg", List.of(det(A, 0.9), det(B.grown(1.1), 0.8))));
        assertEquals(new FaceEvaluation.Counts(2, 0, 0), e.counts());
        assertEquals(1.0, e.counts().recall());
        assertEquals(1.0, e.counts().precision());
        assertEquals(1.0, e.averagePrecision(), 1e-12);
    }

    @Test
    void aMissLowersRecallOnly() {
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A, B))),
                Map.of("p.jpg", List.of(det(A, 0.9))));
        assertEquals(new FaceEvaluation.Counts(1, 0, 1), e.counts());
        assertEquals(0.5, e.counts().recall());
        assertEquals(1.0, e.counts().precision());
        assertEquals(List.of(new FaceEvaluation.ImageResult("p.jpg", 2, 1, 0, 1)), e.perImage());
    }

    @Test
    void aFalsePositiveLowersPrecisionOnly() {
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A))),
                Map.of("p.jpg", List.of(det(A, 0.9), det(new Box(400, 400, 30, 30), 0.95))));
        assertEquals(new FaceEvaluation.Counts(1, 1, 0), e.counts());
        assertEquals(0.5, e.counts().precision());
    }

    @Test
    void aSecondDetectionOfTheSameFaceIsAFalsePositive() {
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A))),
                Map.of("p.jpg", List.of(det(A.grown(1.05), 0.6), det(A, 0.9))));
        assertEquals(new FaceEvaluation.Counts(1, 1, 0), e.counts());
        // The higher score claims the face, so raising the threshold above the duplicate removes the error.
        FaceEvaluation.ThresholdRow at07 = e.prTable().get(6);
        assertEquals(0.7, at07.threshold());
        assertEquals(new FaceEvaluation.Counts(1, 0, 0), at07.counts());
    }

    @Test
    void aDetectionTakesTheUnmatchedFaceItOverlapsMost() {
        Box left = new Box(0, 0, 100, 100);
        Box right = new Box(20, 0, 100, 100);
        // The second detection overlaps the taken left face more (IoU 0.85) than the right one (0.79): it still
        // finds the right face, where matching by best overlap alone would call it a duplicate.
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(left, right))),
                Map.of("p.jpg", List.of(det(new Box(2, 0, 100, 100), 0.9), det(new Box(8, 0, 100, 100), 0.8))));
        assertEquals(new FaceEvaluation.Counts(2, 0, 0), e.counts());
    }

    @Test
    void matchingNeedsAnIouOfOneHalf() {
        Box face = new Box(0, 0, 100, 100);
        Box half = new Box(0, 0, 100, 50);            // IoU exactly 0.5
        Box under = new Box(0, 0, 100, 49);           // IoU 0.49
        assertEquals(0.5, face.iou(half), 1e-12);
        FaceEvaluation hit = score(List.of(new AnnotatedImage("p.jpg", List.of(face))),
                Map.of("p.jpg", List.of(det(half, 1))));
        FaceEvaluation miss = score(List.of(new AnnotatedImage("p.jpg", List.of(face))),
                Map.of("p.jpg", List.of(det(under, 1))));
        assertEquals(new FaceEvaluation.Counts(1, 0, 0), hit.counts());
        assertEquals(new FaceEvaluation.Counts(0, 1, 1), miss.counts());
    }

    @Test
    void ignoredFacesAreNeitherMissesNorFalsePositives() {
        Box tiny = new Box(300, 300, 6, 6);
        Box unseen = new Box(500, 500, 8, 8);
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A), List.of(tiny, unseen))),
                Map.of("p.jpg", List.of(det(A, 0.9), det(tiny, 0.5), det(tiny, 0.4))));
        assertEquals(1, e.faces());
        assertEquals(2, e.ignoredFaces());
        assertEquals(new FaceEvaluation.Counts(1, 0, 0), e.counts());
        assertEquals(1.0, e.averagePrecision(), 1e-12);
    }

    @Test
    void aDetectionOnAMatchedFaceIsNotExcusedByANearbyIgnoredOne() {
        Box ignoredNextToA = new Box(12, 10, 40, 50);
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A), List.of(ignoredNextToA))),
                Map.of("p.jpg", List.of(det(A, 0.9), det(A, 0.8))));
        // The second lands on the ignored face (IoU ≥ 0.5) so it is set aside, not counted against precision.
        assertEquals(new FaceEvaluation.Counts(1, 0, 0), e.counts());
    }

    @Test
    void facesAreBucketedByHeight() {
        assertEquals(SizeBucket.SMALL, SizeBucket.of(new Box(0, 0, 200, 31.9)));
        assertEquals(SizeBucket.MEDIUM, SizeBucket.of(new Box(0, 0, 5, 32)));
        assertEquals(SizeBucket.MEDIUM, SizeBucket.of(new Box(0, 0, 5, 96)));
        assertEquals(SizeBucket.LARGE, SizeBucket.of(new Box(0, 0, 5, 96.5)));

        Box small = new Box(0, 0, 20, 24);
        Box medium = new Box(100, 0, 50, 60);
        Box large = new Box(300, 0, 150, 180);
        Box large2 = new Box(600, 0, 100, 120);
        Box strayMedium = new Box(900, 0, 40, 40);
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(small, medium, large, large2))),
                Map.of("p.jpg", List.of(det(medium, 0.9), det(large, 0.9), det(strayMedium, 0.8))));
        assertEquals(List.of(new FaceEvaluation.BucketRecall(SizeBucket.SMALL, 1, 0, 0),
                new FaceEvaluation.BucketRecall(SizeBucket.MEDIUM, 1, 1, 1),
                new FaceEvaluation.BucketRecall(SizeBucket.LARGE, 2, 1, 0)), e.buckets());
        assertEquals(0.5, e.buckets().get(2).recall());
        assertEquals(0.5, e.buckets().get(1).precision(), "a false detection counts in its own size");
    }

    @Test
    void thePrTableCountsOnlyDetectionsAtOrAboveEachThreshold() {
        FaceEvaluation e = FaceEvaluation.score("test", List.of(new AnnotatedImage("p.jpg", List.of(A, B)),
                new AnnotatedImage("n.jpg", List.of())),
                Map.of("p.jpg", List.of(det(A, 0.9), det(B, 0.4)),
                        "n.jpg", List.of(det(A, 0.6), det(B, 0.2))), 0.5, List.of(0.3, 0.5, 0.95));
        assertEquals(new FaceEvaluation.Counts(2, 1, 0), e.prTable().get(0).counts());
        assertEquals(new FaceEvaluation.Counts(1, 1, 1), e.prTable().get(1).counts());
        assertEquals(new FaceEvaluation.Counts(0, 0, 2), e.prTable().get(2).counts());
        assertEquals(Double.NaN, e.prTable().get(2).counts().precision());
        assertEquals(new FaceEvaluation.Counts(2, 2, 0), e.counts());
        assertEquals(1, e.emptyImages());
        assertEquals(4.0, e.imagesPerSecond());
        assertEquals(250.0, e.millisPerImage());
    }

    @Test
    void averagePrecisionUsesThePrecisionEnvelope() {
        // Ranked: TP 0.9, FP 0.8, TP 0.7 → (recall 0.5, precision 1), (1.0, 2/3): AP = 0.5 + 0.5 × 2/3.
        FaceEvaluation e = score(List.of(new AnnotatedImage("p.jpg", List.of(A, B))),
                Map.of("p.jpg", List.of(det(A, 0.9), det(new Box(500, 0, 9, 9), 0.8), det(B, 0.7))));
        assertEquals(0.5 + 0.5 * 2 / 3.0, e.averagePrecision(), 1e-12);
    }

    @Test
    void imagesWithoutDetectionsCountAsMissesAndStrayPathsAreRefused() {
        List<AnnotatedImage> truth = List.of(new AnnotatedImage("p.jpg", List.of(A)));
        assertEquals(new FaceEvaluation.Counts(0, 0, 1), score(truth, Map.of()).counts());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> score(truth, Map.of("q.jpg", List.of(det(A, 1)))));
        assertEquals("detections for q.jpg, which is not annotated", e.getMessage());
    }

    @Test
    void recallIsUndefinedOnASetWithoutFaces() {
        FaceEvaluation e = score(List.of(new AnnotatedImage("n.jpg", List.of())),
                Map.of("n.jpg", List.of(det(A, 0.7))));
        assertTrue(Double.isNaN(e.counts().recall()));
        assertEquals(0.0, e.counts().precision());
        assertTrue(Double.isNaN(e.averagePrecision()));
        assertTrue(e.toText().contains("recall n/a"), e.toText());
    }

    @Test
    void textReportNamesTheFiguresAndTheImagesWithErrors() {
        FaceEvaluation e = FaceEvaluation.score("blazeface", List.of(new AnnotatedImage("a.jpg", List.of(A, B)),
                new AnnotatedImage("b.jpg", List.of(B))),
                Map.of("a.jpg", List.of(det(A, 0.9)), "b.jpg", List.of(det(B, 0.9))), 0.2,
                FaceEvaluation.DEFAULT_THRESHOLDS);
        String text = e.toText();
        assertTrue(text.startsWith("blazeface on 2 images (0 without faces): 3 faces to find, matched at IoU ≥ 0.50"),
                text);
        assertTrue(text.contains("recall 0.667 (2/3)  precision 1.000  TP 2  FP 0  missed 1"), text);
        assertTrue(text.contains("  32–96 px   recall 0.667 (2/3)  precision 1.000 (0 false)"), text);
        assertTrue(text.contains("speed: 100.0 ms per image, 10.00 images/s"), text);
        assertTrue(text.contains("0.90        0.667     1.000     2     0      1"), text);
        assertTrue(text.contains("  a.jpg "), text);
        assertTrue(!text.contains("  b.jpg "), text);
    }
}
