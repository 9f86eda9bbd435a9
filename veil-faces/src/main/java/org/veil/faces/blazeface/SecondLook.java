package org.veil.faces.blazeface;

import org.veil.faces.image.RgbRaster;
import java.util.Map;
import org.veil.faces.Box;

/**
 * Re-scores a candidate by showing it again to both networks, centred and at the size each sees best. Scanning
 * finds faces wherever an anchor happens to fall, which also lets face-like blobs through (smooth clouds in an
 * enlarged photo scored up to 0.85); re-framed, real faces in our scenes score 0.67–0.96 with either network while
 * those blobs mostly fall below 0.5 with at least one of them. The mean of the two is the face's score.
 */
final class SecondLook {
    /** Face side in model pixels for each network's second look, from the same sweep as the level planning. */
    private static final Map<BlazeFaceVariant, Double> FACE_PIXELS = Map.of(
            BlazeFaceVariant.SHORT_RANGE, 40.0,
            BlazeFaceVariant.FULL_RANGE, 32.0);
    /** The re-found face must overlap where the candidate was put; MediaPipe's merge threshold. */
    private static final double SAME_FACE_IOU = 0.3;
    /** Scores below this are not worth decoding: they only ever lower the mean. */
    private static final double MIN_ANCHOR_SCORE = 0.01;

    private final Map<BlazeFaceVariant, BlazeFaceModel> models;

    SecondLook(Map<BlazeFaceVariant, BlazeFaceModel> models) {
        this.models = models;
    }

    /** Mean over both networks of the best score of a face found where {@code candidate} is, 0 if none. */
    double score(RgbRaster source, Box candidate) {
        double sum = 0;
        for (Map.Entry<BlazeFaceVariant, Double> e : FACE_PIXELS.entrySet()) {
            sum += look(models.get(e.getKey()), source, candidate, e.getValue());
        }
        return sum / FACE_PIXELS.size();
    }

    private static double look(BlazeFaceModel model, RgbRaster source, Box candidate, double facePixels) {
        int n = model.inputSize;
        double faceSide = Math.max(candidate.w(), candidate.h());
        double side = faceSide * n / facePixels;
        RgbRaster view = source.square(candidate.centerX() - side / 2, candidate.centerY() - side / 2, side, n);
        double k = facePixels / faceSide;
        Box expected = new Box(n / 2.0 - candidate.w() * k / 2, n / 2.0 - candidate.h() * k / 2,
                candidate.w() * k, candidate.h() * k);
        double best = 0;
        for (BlazeFaceModel.Detection d : model.detect(view, 0, 0, MIN_ANCHOR_SCORE)) {
            if (d.box().iou(expected) >= SAME_FACE_IOU) {
                best = Math.max(best, d.score());
            }
        }
        return best;
    }
}
