package org.veil.faces;

import java.util.List;
import org.veil.faces.blazeface.BlazeFaceDetector;
import org.veil.faces.cascade.CascadeDetector;
import org.veil.faces.ensemble.EnsembleDetector;

/**
 * The one place where Veil's face detectors are put together. The default is the ensemble, tuned for recall:
 * BlazeFace (two ONNX models over several scales and overlapping tiles) and OpenCV cascades (frontal, profile,
 * mirrored profile), merged with non-maximum suppression.
 */
public final class StandardFaceDetectors {
    /**
     * The lowest merged score covered by default. Low on purpose: a missed face costs far more than an extra box,
     * and each member already applies its own threshold.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;

    private StandardFaceDetectors() {
    }

    public static FaceDetector create() {
        return byName("ensemble");
    }

    /** "ensemble", "blazeface" or "cascade"; anything else is an {@link IllegalArgumentException}. */
    public static FaceDetector byName(String name) {
        return switch (name) {
            case "ensemble" -> new EnsembleDetector(List.of(new BlazeFaceDetector(), new CascadeDetector()));
            case "blazeface" -> new BlazeFaceDetector();
            case "cascade" -> new CascadeDetector();
            default -> throw new IllegalArgumentException("unknown detector '" + name
                    + "': use ensemble, blazeface or cascade");
        };
    }
}
