package org.veil.faces.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

/** The set shipped for {@code veil eval faces}: the figures in its README.md. */
class ShippedEvalSetTest {

    @Test
    void annotationsParseAndMatchTheReadme() throws IOException {
        List<AnnotatedImage> set = ShippedEvalSet.annotations();
        assertEquals(16, set.size());
        assertEquals(5, set.stream().filter(i -> i.faces().isEmpty()).count(), "images without faces");
        assertEquals(58, set.stream().mapToInt(i -> i.faces().size()).sum());
        assertEquals(0, set.stream().mapToInt(i -> i.ignored().size()).sum());
        Map<SizeBucket, Long> perBucket = set.stream().flatMap(i -> i.faces().stream())
                .collect(Collectors.groupingBy(SizeBucket::of, Collectors.counting()));
        assertEquals(Map.of(SizeBucket.SMALL, 27L, SizeBucket.MEDIUM, 21L, SizeBucket.LARGE, 10L), perBucket);
        assertEquals(List.of(new Box(173, 83, 104, 98)), set.get(0).faces(), "photos/astronaut.jpg");
    }

    @Test
    void everyImageDecodesUprightAndHoldsItsFaces() throws IOException {
        for (AnnotatedImage image : ShippedEvalSet.annotations()) {
            BufferedImage decoded = FaceEvaluator.load(ShippedEvalSet.images(), image.relativePath());
            assertEquals(BufferedImage.TYPE_INT_RGB, decoded.getType());
            if (image.relativePath().startsWith("scenes/")) {
                assertTrue(decoded.getWidth() >= 1000 && decoded.getWidth() <= 2000, image.relativePath());
            }
            for (Box face : image.faces()) {
                assertTrue(face.h() >= 15 && face.h() <= 310, image.relativePath() + " face height " + face.h());
                assertEquals(face, face.clippedTo(decoded.getWidth(), decoded.getHeight()),
                        image.relativePath() + ": face box outside the image");
            }
        }
    }

    @Test
    void anOracleScoresPerfectlyAndANullDetectorFindsNothing() throws IOException {
        List<AnnotatedImage> set = ShippedEvalSet.annotations();
        Map<String, List<Face>> truth = set.stream().collect(Collectors.toMap(AnnotatedImage::relativePath,
                i -> i.faces().stream().map(b -> new Face(b, 1, "oracle")).toList()));
        FaceDetector oracle = new FaceDetector() {
            private int next;

            @Override
            public String name() {
                return "oracle";
            }

            @Override
            public List<Face> detect(BufferedImage image) {
                return truth.get(set.get(next++).relativePath());
            }
        };
        FaceEvaluation perfect = FaceEvaluator.evaluate(oracle, set, ShippedEvalSet.images());
        assertEquals(new FaceEvaluation.Counts(58, 0, 0), perfect.counts());
        assertEquals(1.0, perfect.averagePrecision(), 1e-12);

        FaceEvaluation none = FaceEvaluation.score("none", set, Map.of());
        assertEquals(new FaceEvaluation.Counts(0, 0, 58), none.counts());
    }
}
