package org.veil.faces;

import java.util.List;
import org.veil.faces.blazeface.BlazeFaceDetector;
import org.veil.faces.cascade.CascadeDetector;
import org.veil.faces.ensemble.EnsembleDetector;
import org.veil.faces.yunet.YuNetDetector;

/**
 * The one place where Veil's face detectors are put together. The default is YuNet (whole photo and tiles, every
 * candidate looked at again); {@code thorough} adds BlazeFace and the OpenCV cascades for the faces YuNet misses,
 * at the price of more false covers and many times the time; {@code ensemble} is the detector Veil used before
 * YuNet (BlazeFace and cascades), kept so evaluations can compare against it.
 */
public final class StandardFaceDetectors {
    /**
     * The lowest merged score covered by default. Low on purpose: a missed face costs far more than an extra box,
     * and each member already applies its own threshold.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final String DEFAULT = "yunet";
    public static final String THOROUGH = "thorough";
    /** The detector Veil used before YuNet, for comparisons. */
    public static final String PREVIOUS = "ensemble";
    public static final List<String> NAMES = List.of(DEFAULT, THOROUGH, PREVIOUS, "blazeface", "cascade");

    private StandardFaceDetectors() {
    }

    public static FaceDetector create() {
        return byName(DEFAULT);
    }

    /** One of {@link #NAMES}; anything else is an {@link IllegalArgumentException}. */
    public static FaceDetector byName(String name) {
        return switch (name) {
            case DEFAULT -> new YuNetDetector();
            case THOROUGH -> new EnsembleDetector(List.of(new YuNetDetector(), new BlazeFaceDetector(),
                    new CascadeDetector()));
            case PREVIOUS -> new EnsembleDetector(List.of(new BlazeFaceDetector(), new CascadeDetector()));
            case "blazeface" -> new BlazeFaceDetector();
            case "cascade" -> new CascadeDetector();
            default -> throw new IllegalArgumentException("unknown detector '" + name + "': use "
                    + String.join(", ", NAMES));
        };
    }
}
