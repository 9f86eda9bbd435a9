package org.veil.faces.cascade;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.objdetect.CascadeClassifier;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;
import org.veil.faces.ensemble.NonMaxSuppression;

/**
 * Classic OpenCV Haar cascades: one for frontal faces, one for profiles. They are weaker than a neural detector
 * but fail differently (they do not care about skin tone or lighting statistics, they do find profiles), which
 * is what an ensemble wants.
 *
 * <p>Three passes over a grey, equalised, possibly downscaled copy ({@link DetectionFrame}): the frontal cascade,
 * the profile cascade, and the profile cascade again on the mirrored image, because it was trained on faces
 * looking one way only (towards the image's left); boxes from the mirror are mirrored back. The frontal cascade
 * is roughly symmetric and is not run on the mirror (it would double its cost for little gain).
 *
 * <p>Scores: a cascade gives no probability. OpenCV's {@code detectMultiScale3} can report "level weights", but
 * those are raw boosted sums of the last stage on a scale specific to each cascade (about 56 for frontal_alt2,
 * 5 for frontal_default, 0.5 for the profile cascade on our portraits) and barely separate hits from false
 * positives (alt2: 54.4 on a false positive, 56.2–56.9 on real faces), so mapping them to [0, 1] would invent
 * precision. Each face gets a FIXED score per cascade instead ({@link CascadeSettings#frontalScore()},
 * {@link CascadeSettings#profileScore()}). Overlapping boxes from the passes are merged with
 * {@link NonMaxSuppression}, so one face found by both cascades comes out once, scored by noisy-or.
 *
 * <p>Not thread-safe (one classifier per instance); create one per thread.
 */
public final class CascadeDetector implements FaceDetector {
    /** Both cascades were trained on 20×20 px windows: nothing smaller can be found at the detection scale. */
    private static final int WINDOW = 20;

    private final CascadeSettings settings;
    private final NonMaxSuppression nms = new NonMaxSuppression();
    private final CascadeClassifier frontal;
    private final CascadeClassifier profile;

    public CascadeDetector() {
        this(CascadeSettings.DEFAULTS);
    }

    public CascadeDetector(CascadeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "null CascadeSettings");
        this.frontal = Cascade.FRONTAL.load();
        this.profile = Cascade.PROFILE.load();
    }

    @Override
    public String name() {
        return "cascade";
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        Objects.requireNonNull(image, "null image");
        List<Face> faces = new ArrayList<>();
        try (DetectionFrame frame = DetectionFrame.of(image, settings.maxSide())) {
            int minSide = Math.max(WINDOW, (int) Math.floor(settings.minFace() * frame.scale()));
            Size minSize = new Size(minSide, minSide);
            find(frontal, frame, false, minSize, Cascade.FRONTAL.source(), settings.frontalScore(), faces);
            find(profile, frame, false, minSize, Cascade.PROFILE.source(), settings.profileScore(), faces);
            find(profile, frame, true, minSize, Cascade.PROFILE.source(), settings.profileScore(), faces);
        }
        return nms.merge(faces);
    }

    private void find(CascadeClassifier cascade, DetectionFrame frame, boolean onMirror, Size minSize,
                      String source, double score, List<Face> into) {
        Mat grey = onMirror ? frame.mirrored() : frame.grey();
        MatOfRect found = new MatOfRect();
        try {
            cascade.detectMultiScale(grey, found, settings.scaleFactor(), settings.minNeighbors(), 0, minSize,
                    new Size());
            if (found.empty()) {
                return; // an empty MatOfRect cannot be converted to an array
            }
            for (Rect r : found.toArray()) {
                into.add(new Face(frame.toOriginal(r, onMirror), score, source));
            }
        } finally {
            found.release();
        }
    }
}
