package org.veil.faces.yunet;

import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.Landmarks;
import org.veil.faces.image.RgbRaster;

/**
 * The second look at a candidate: YuNet again on windows centred on it at three sizes, and a check that the
 * landmarks are laid out like a face. Texture and animal heads that pass the scan at one position and scale
 * rarely pass all of them.
 */
final class SecondLook {
    /**
     * Three framings (window side, face side inside it, in model pixels): small, the network's favourite, and
     * large. Real faces keep their score across them; gravel, a cup or fur that looked like a face at one scale
     * does not. On the built-in set, faces scored a mean of at least 0.79 over the three and false candidates
     * at most 0.72 (gravel, a coffee cup, grass).
     */
    private static final int[][] FRAMINGS = {{128, 40}, {160, 64}, {224, 112}};
    /** The final score a face needs: between those two figures. */
    static final double ACCEPT = 0.75;
    private static final double SAME_FACE_IOU = 0.4;
    /** Scores below this in a look are noise; not worth decoding. */
    private static final double MIN_LOOK_SCORE = 0.05;

    private final YuNetModel model;

    SecondLook(YuNetModel model) {
        this.model = model;
    }

    /** The candidate's final score: the mean of its three looks, 0 when its landmarks are not laid out like a face. */
    double confirm(RgbRaster source, Face candidate) {
        if (!plausible(candidate)) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < FRAMINGS.length; i++) {
            sum += look(source, candidate.box(), FRAMINGS[i][0], FRAMINGS[i][1]);
            // Stop once even perfect remaining looks could not lift the mean to ACCEPT: same result, less work.
            if (sum + (FRAMINGS.length - 1 - i) < ACCEPT * FRAMINGS.length) {
                return sum / FRAMINGS.length;
            }
        }
        return sum / FRAMINGS.length;
    }

    double look(RgbRaster source, Box c, int window, double facePixels) {
        double faceSide = Math.max(c.w(), c.h());
        double side = faceSide * window / facePixels;
        RgbRaster view = source.square(c.centerX() - side / 2, c.centerY() - side / 2, side, window);
        double k = facePixels / faceSide;
        Box expected = new Box(window / 2.0 - c.w() * k / 2, window / 2.0 - c.h() * k / 2, c.w() * k, c.h() * k);
        double best = 0;
        for (YuNetModel.Detection d : model.detect(view, 0, 0, window, window, MIN_LOOK_SCORE)) {
            if (d.box().iou(expected) >= SAME_FACE_IOU) {
                best = Math.max(best, d.score());
            }
        }
        return best;
    }

    /**
     * Landmarks laid out like a face, in the face's own frame (turned by the eye line): both eyes above the mouth
     * corners, every point inside the box grown by a quarter. Profiles pass (eyes close together, all on one
     * side); a texture's random landmark cloud mostly does not.
     */
    static boolean plausible(Face f) {
        if (!f.hasLandmarks()) {
            return true;
        }
        Landmarks l = f.landmarks();
        Box grown = f.box().grown(1.25);
        for (Landmarks.Point p : new Landmarks.Point[] {l.rightEye(), l.leftEye(), l.nose(), l.mouthRight(),
                l.mouthLeft()}) {
            if (p.x() < grown.x() || p.y() < grown.y() || p.x() > grown.x() + grown.w()
                    || p.y() > grown.y() + grown.h()) {
                return false;
            }
        }
        // The face's own axis, from its right eye to its left: an upside-down face keeps its mouth "below".
        double roll = Math.atan2(l.leftEye().y() - l.rightEye().y(), l.leftEye().x() - l.rightEye().x());
        double eyes = (down(l.rightEye(), roll) + down(l.leftEye(), roll)) / 2;
        double mouth = (down(l.mouthRight(), roll) + down(l.mouthLeft(), roll)) / 2;
        return mouth - eyes > 0.15 * f.box().h();
    }

    /** How far down the face's own vertical axis a point lies. */
    private static double down(Landmarks.Point p, double roll) {
        return -p.x() * Math.sin(roll) + p.y() * Math.cos(roll);
    }
}
