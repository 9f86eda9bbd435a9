package org.veil.faces.cascade;

/**
 * Tuning of {@link CascadeDetector}.
 *
 * @param maxSide       images whose longer side exceeds this are downscaled to it before detection. Cost grows
 *                      with the pixel count (and there are three cascade passes), so this bounds the time per
 *                      photo; the price is that the smallest findable face grows with the downscale: the
 *                      cascades' 20×20 px window becomes {@code 20 × longerSide / maxSide} original pixels
 *                      (50 px on a 4000×3000 photo at 1600). {@code 0} means never downscale.
 * @param minFace       smallest face to look for, in ORIGINAL pixels; raising it saves time. Never below the
 *                      cascades' window at the detection scale.
 * @param scaleFactor   step between pyramid levels (1.1 = 10%): smaller finds more faces between sizes, slower.
 * @param minNeighbors  how many overlapping raw windows a face needs; low for recall (3 is OpenCV's default).
 * @param frontalScore  the score reported for a frontal-cascade face (cascades give no probability).
 * @param profileScore  the score reported for a profile-cascade face; lower, the profile cascade is noisier.
 */
public record CascadeSettings(int maxSide, int minFace, double scaleFactor, int minNeighbors,
                              double frontalScore, double profileScore) {

    public static final CascadeSettings DEFAULTS = new CascadeSettings(1600, 20, 1.1, 3, 0.6, 0.5);

    public CascadeSettings {
        if (maxSide != 0 && maxSide < 64) {
            throw new IllegalArgumentException("maxSide must be 0 (never downscale) or at least 64, got " + maxSide);
        }
        if (minFace < 1) {
            throw new IllegalArgumentException("minFace must be at least 1 px, got " + minFace);
        }
        if (!(scaleFactor > 1.0 && scaleFactor <= 2.0)) {
            throw new IllegalArgumentException("scaleFactor must be in (1, 2], got " + scaleFactor);
        }
        if (minNeighbors < 1) {
            throw new IllegalArgumentException("minNeighbors must be at least 1, got " + minNeighbors);
        }
        checkScore("frontalScore", frontalScore);
        checkScore("profileScore", profileScore);
    }

    private static void checkScore(String what, double score) {
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException(what + " must be in (0, 1], got " + score);
        }
    }
}
