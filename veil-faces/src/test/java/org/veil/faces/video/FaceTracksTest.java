package org.veil.faces.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;

class FaceTracksTest {
    private static final Box FACE = new Box(100, 50, 40, 40);

    private static boolean covers(List<Box> boxes, Box face) {
        return boxes.stream().anyMatch(b -> b.iou(face) > 0.5);
    }

    @Test
    void aFaceIsHeldBeforeItsFirstAndAfterItsLastDetectionThenReleased() {
        FaceTracks t = new FaceTracks(5);
        for (int f = 10; f <= 20; f++) {
            t.observe(f, List.of(FACE));
        }
        for (int f = 21; f <= 40; f++) {
            t.observe(f, List.of());
        }
        assertTrue(t.boxesFor(4).isEmpty());
        assertTrue(covers(t.boxesFor(5), FACE), "lead-in: a face is covered before the detector first sees it");
        assertTrue(covers(t.boxesFor(25), FACE), "held after the detector lost it");
        assertTrue(t.boxesFor(26).isEmpty(), "released after the hold");
        assertEquals(1, t.count());
    }

    @Test
    void missedFramesInsideATrackAreInterpolated() {
        FaceTracks t = new FaceTracks(8);
        t.observe(0, List.of(new Box(0, 0, 40, 40)));
        for (int f = 1; f < 6; f++) {
            t.observe(f, List.of());
        }
        t.observe(6, List.of(new Box(30, 0, 40, 40)));
        List<Box> mid = t.boxesFor(3);
        assertEquals(1, mid.size(), "one track, interpolated: " + mid);
        assertEquals(15, mid.get(0).x(), 1e-9);
        assertEquals(1, t.count());
    }

    @Test
    void aHeldBoxAlsoFollowsTheFaceMotion() {
        FaceTracks t = new FaceTracks(6);
        for (int f = 0; f <= 4; f++) {
            t.observe(f, List.of(new Box(10 * f, 0, 40, 40)));
        }
        // Lost at frame 5; at frame 8 the face would be at x = 80.
        for (int f = 5; f <= 12; f++) {
            t.observe(f, List.of());
        }
        assertTrue(covers(t.boxesFor(8), new Box(80, 0, 40, 40)), t.boxesFor(8).toString());
        assertTrue(covers(t.boxesFor(8), new Box(40, 0, 40, 40)), "and where it was last seen");
    }

    @Test
    void twoFacesMakeTwoTracks() {
        FaceTracks t = new FaceTracks(3);
        t.observe(0, List.of(new Box(0, 0, 30, 30), new Box(200, 0, 30, 30)));
        t.observe(1, List.of(new Box(2, 0, 30, 30), new Box(198, 0, 30, 30)));
        assertEquals(2, t.count());
        assertEquals(2, t.boxesFor(1).size());
        t.forgetBefore(10);
        assertTrue(t.boxesFor(10).isEmpty());
    }
}
