package org.veil.faces.yunet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.Landmarks;

/** The landmark-geometry half of the second look. */
class SecondLookTest {
    private static final Box BOX = new Box(100, 100, 80, 100);

    private static Face face(double[] xy) {
        Landmarks.Point[] p = new Landmarks.Point[5];
        for (int i = 0; i < 5; i++) {
            p[i] = new Landmarks.Point(xy[2 * i], xy[2 * i + 1]);
        }
        return new Face(BOX, 0.9, "yunet", new Landmarks(p[0], p[1], p[2], p[3], p[4]));
    }

    @Test
    void frontalProfileAndTiltedFacesPassAndScrambledLandmarksDoNot() {
        assertTrue(SecondLook.plausible(face(new double[] {120, 135, 160, 135, 140, 160, 125, 180, 155, 180})));
        // A profile: eyes close together on one side, mouth corners too.
        assertTrue(SecondLook.plausible(face(new double[] {150, 135, 165, 133, 175, 160, 150, 182, 160, 181})));
        // Tilted 30°: along the face's own axis the mouth is still below the eyes.
        assertTrue(SecondLook.plausible(face(new double[] {118, 125, 152, 145, 130, 160, 110, 172, 136, 187})));
        // Upside down (a person lying or hanging): its right eye is now on the image's right.
        assertTrue(SecondLook.plausible(face(new double[] {160, 165, 120, 165, 140, 140, 155, 120, 125, 120})));
        assertFalse(SecondLook.plausible(face(new double[] {120, 180, 160, 180, 140, 160, 125, 135, 155, 135})),
                "mouth above the eyes");
        assertFalse(SecondLook.plausible(face(new double[] {20, 135, 160, 135, 140, 160, 125, 180, 155, 180})),
                "a landmark far outside the box");
        assertTrue(SecondLook.plausible(new Face(BOX, 0.9, "cascade")), "no landmarks, nothing to check");
    }
}
