package org.veil.faces.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

class EnsembleDetectorTest {
    private static final BufferedImage IMAGE = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);

    /** A stand-in detector that reports fixed faces, or fails, and records whether it was closed. */
    private static final class FakeDetector implements FaceDetector {
        private final String name;
        private final List<Face> faces;
        private final RuntimeException failure;
        boolean closed;

        FakeDetector(String name, Face... faces) {
            this(name, null, faces);
        }

        FakeDetector(String name, RuntimeException failure, Face... faces) {
            this.name = name;
            this.failure = failure;
            this.faces = List.of(faces);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Face> detect(BufferedImage image) {
            if (failure != null) {
                throw failure;
            }
            return faces;
        }

        @Override
        public void close() {
            closed = true;
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static Face face(double x, double y, double w, double h, double score, String source) {
        return new Face(new Box(x, y, w, h), score, source);
    }

    @Test
    void mergesWhatTwoDetectorsAgreeOnAndKeepsWhatOnlyOneFound() {
        FakeDetector neural = new FakeDetector("blazeface",
                face(100, 100, 60, 60, 0.9, "blazeface"), face(400, 80, 40, 40, 0.7, "blazeface"));
        FakeDetector cascade = new FakeDetector("cascade",
                face(95, 104, 70, 70, 0.6, "cascade-frontal"), face(250, 300, 50, 50, 0.5, "cascade-profile"));
        try (EnsembleDetector ensemble = new EnsembleDetector(List.of(neural, cascade))) {
            List<Face> faces = ensemble.detect(IMAGE);
            assertEquals(List.of(
                    face(100, 100, 60, 60, 1 - 0.1 * 0.4, "blazeface+cascade-frontal"),
                    face(400, 80, 40, 40, 0.7, "blazeface"),
                    face(250, 300, 50, 50, 0.5, "cascade-profile")), faces);
            assertEquals("ensemble(blazeface,cascade)", ensemble.name());
        }
        assertTrue(neural.closed && cascade.closed, "the ensemble owns and closes its members");
    }

    @Test
    void oneMembersOwnFacesAreNeverMergedWithEachOther() {
        // A large false box around a true small one, both from the first member: both stay (the true box must not
        // be swallowed); the second member's agreeing box joins the small face, the earlier member's box kept.
        FakeDetector neural = new FakeDetector("blazeface",
                face(0, 0, 300, 300, 0.9, "blazeface"), face(100, 100, 50, 50, 0.6, "blazeface"));
        FakeDetector cascade = new FakeDetector("cascade", face(98, 102, 52, 50, 0.6, "cascade-frontal"));
        try (EnsembleDetector ensemble = new EnsembleDetector(List.of(neural, cascade))) {
            List<Face> faces = ensemble.detect(IMAGE);
            assertEquals(2, faces.size(), faces.toString());
            assertTrue(faces.contains(face(0, 0, 300, 300, 0.9, "blazeface")), faces.toString());
            assertTrue(faces.stream().anyMatch(f -> f.box().equals(new Box(100, 100, 50, 50))
                    && f.source().equals("blazeface+cascade-frontal")), faces.toString());
        }
    }

    @Test
    void thresholdDropsWeakLoneFacesButNotWeakAgreement() {
        FakeDetector a = new FakeDetector("a", face(0, 0, 50, 50, 0.2, "a"), face(300, 0, 50, 50, 0.2, "a"));
        FakeDetector b = new FakeDetector("b", face(2, 2, 50, 50, 0.2, "b"));
        try (EnsembleDetector ensemble = new EnsembleDetector(List.of(a, b))) {
            List<Face> faces = ensemble.detect(IMAGE);
            assertEquals(1, faces.size(), "the lone 0.2 face is below the default 0.3 floor");
            assertEquals(1 - 0.8 * 0.8, faces.get(0).score(), 1e-12);
            assertEquals("a+b", faces.get(0).source());
        }
        try (EnsembleDetector keepAll = new EnsembleDetector(List.of(new FakeDetector("a",
                face(0, 0, 50, 50, 0.01, "a"))), new NonMaxSuppression(), ScoreThreshold.NONE)) {
            assertEquals(1, keepAll.detect(IMAGE).size());
        }
    }

    @Test
    void aFailingMemberFailsTheWholeDetection() {
        FakeDetector good = new FakeDetector("good", face(0, 0, 50, 50, 0.9, "good"));
        FakeDetector bad = new FakeDetector("broken", new IllegalStateException("model missing"));
        EnsembleDetector ensemble = new EnsembleDetector(List.of(good, bad));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ensemble.detect(IMAGE));
        assertEquals("face detector broken failed: model missing", e.getMessage());
    }

    @Test
    void closeReachesEveryMemberEvenIfOneFails() {
        FakeDetector bad = new FakeDetector("broken", new IllegalStateException("boom"));
        FakeDetector good = new FakeDetector("good");
        EnsembleDetector ensemble = new EnsembleDetector(List.of(bad, good));
        IllegalStateException e = assertThrows(IllegalStateException.class, ensemble::close);
        assertTrue(e.getMessage().startsWith("closing face detector broken failed"), e.getMessage());
        assertTrue(bad.closed && good.closed);
    }

    @Test
    void anEmptyEnsembleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EnsembleDetector(List.of()));
    }

    @Test
    void outOfRangeScoresFromAMemberAreRefused() {
        FakeDetector liar = new FakeDetector("liar", face(0, 0, 10, 10, 7.0, "liar"));
        EnsembleDetector ensemble = new EnsembleDetector(List.of(liar));
        assertThrows(IllegalArgumentException.class, () -> ensemble.detect(IMAGE));
    }

    @Test
    void scoreThresholdIsInclusiveAndValidated() {
        ScoreThreshold t = new ScoreThreshold(0.5);
        assertTrue(t.keeps(face(0, 0, 1, 1, 0.5, "a")));
        assertEquals(List.of(), t.apply(List.of(face(0, 0, 1, 1, 0.49, "a"))));
        assertThrows(IllegalArgumentException.class, () -> new ScoreThreshold(1.1));
        assertThrows(IllegalArgumentException.class, () -> new ScoreThreshold(Double.NaN));
    }
}
