package org.veil.faces.ensemble;

import java.util.List;
import org.veil.faces.Face;

/**
 * Keeps faces scoring at least {@code minimum}. Applied by {@link EnsembleDetector} after merging, so that two
 * detectors agreeing on a weak face (their scores combined by {@link NonMaxSuppression}) can clear it together.
 */
public record ScoreThreshold(double minimum) {
    /**
     * Low on purpose: members already apply their own thresholds, and a missed face costs far more than an extra
     * box. This floor only drops faces no member was even moderately sure of.
     */
    public static final ScoreThreshold DEFAULT = new ScoreThreshold(0.3);

    /** Keeps every face. */
    public static final ScoreThreshold NONE = new ScoreThreshold(0);

    public ScoreThreshold {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("score threshold must be in [0, 1], got " + minimum);
        }
    }

    public boolean keeps(Face face) {
        return face.score() >= minimum;
    }

    public List<Face> apply(List<Face> faces) {
        return faces.stream().filter(this::keeps).toList();
    }
}
