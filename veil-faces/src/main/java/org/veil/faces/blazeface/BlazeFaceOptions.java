package org.veil.faces.blazeface;

/**
 * How hard {@link BlazeFaceDetector} looks. Defaults favour recall: a missed face is worse than an extra box.
 *
 * @param scoreThreshold     lowest final (second-look) score reported, in (0, 1); default
 *                           {@value #DEFAULT_SCORE_THRESHOLD}
 * @param candidateThreshold lowest scan score worth a second look, in (0, 1); default
 *                           {@value #DEFAULT_CANDIDATE_THRESHOLD}: a 12 px face can scan at 0.44 yet re-score 0.7
 * @param minFaceSize        side in source pixels of the smallest face the tiling is planned for; default
 *                           {@value #DEFAULT_MIN_FACE_SIZE} (a face in the back row of a 12 MP group photo)
 * @param tileOverlap        fraction of a window shared with its neighbour, in [0, 0.75]; default
 *                           {@value #DEFAULT_TILE_OVERLAP}. A face up to that many model pixels lies whole inside
 *                           some window; larger ones are caught by the next coarser level
 * @param maxWindows         cap on scanning network runs per image, at least {@value #MIN_WINDOWS}; default
 *                           {@value #DEFAULT_MAX_WINDOWS}. When a photo would need more, the finest level is
 *                           coarsened, i.e. the smallest face found grows, instead of the work
 * @param maxSecondLooks     cap on candidates re-scored (two network runs each), best scan score first; default
 *                           {@value #DEFAULT_MAX_SECOND_LOOKS}. Candidates past the cap keep their scan score
 */
public record BlazeFaceOptions(double scoreThreshold, double candidateThreshold, double minFaceSize,
        double tileOverlap, int maxWindows, int maxSecondLooks) {
    public static final double DEFAULT_SCORE_THRESHOLD = 0.5;
    public static final double DEFAULT_CANDIDATE_THRESHOLD = 0.35;
    public static final double DEFAULT_MIN_FACE_SIZE = 20;
    public static final double DEFAULT_TILE_OVERLAP = 0.25;
    public static final int DEFAULT_MAX_WINDOWS = 300;
    public static final int DEFAULT_MAX_SECOND_LOOKS = 200;
    /** The untiled passes (both models on the whole image, short-range model on a 2×2 level) need up to 27. */
    public static final int MIN_WINDOWS = 32;

    public BlazeFaceOptions {
        requireOpenUnit("score threshold", scoreThreshold);
        requireOpenUnit("candidate threshold", candidateThreshold);
        if (!(minFaceSize >= 4)) {
            throw new IllegalArgumentException("BlazeFace minimum face size must be ≥ 4 px, got " + minFaceSize);
        }
        if (!(tileOverlap >= 0 && tileOverlap <= 0.75)) {
            throw new IllegalArgumentException("BlazeFace tile overlap must be in [0, 0.75], got " + tileOverlap);
        }
        if (maxWindows < MIN_WINDOWS) {
            throw new IllegalArgumentException("BlazeFace window cap must be ≥ " + MIN_WINDOWS + ", got " + maxWindows);
        }
        if (maxSecondLooks < 0) {
            throw new IllegalArgumentException("BlazeFace second-look cap must be ≥ 0, got " + maxSecondLooks);
        }
    }

    private static void requireOpenUnit(String what, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("BlazeFace " + what + " must be in (0, 1), got " + value);
        }
    }

    public static BlazeFaceOptions defaults() {
        return new BlazeFaceOptions(DEFAULT_SCORE_THRESHOLD, DEFAULT_CANDIDATE_THRESHOLD, DEFAULT_MIN_FACE_SIZE,
                DEFAULT_TILE_OVERLAP, DEFAULT_MAX_WINDOWS, DEFAULT_MAX_SECOND_LOOKS);
    }

    public BlazeFaceOptions withScoreThreshold(double threshold) {
        return new BlazeFaceOptions(threshold, candidateThreshold, minFaceSize, tileOverlap, maxWindows,
                maxSecondLooks);
    }

    public BlazeFaceOptions withCandidateThreshold(double threshold) {
        return new BlazeFaceOptions(scoreThreshold, threshold, minFaceSize, tileOverlap, maxWindows, maxSecondLooks);
    }

    public BlazeFaceOptions withMinFaceSize(double size) {
        return new BlazeFaceOptions(scoreThreshold, candidateThreshold, size, tileOverlap, maxWindows, maxSecondLooks);
    }

    public BlazeFaceOptions withTileOverlap(double overlap) {
        return new BlazeFaceOptions(scoreThreshold, candidateThreshold, minFaceSize, overlap, maxWindows,
                maxSecondLooks);
    }

    public BlazeFaceOptions withMaxWindows(int windows) {
        return new BlazeFaceOptions(scoreThreshold, candidateThreshold, minFaceSize, tileOverlap, windows,
                maxSecondLooks);
    }

    public BlazeFaceOptions withMaxSecondLooks(int looks) {
        return new BlazeFaceOptions(scoreThreshold, candidateThreshold, minFaceSize, tileOverlap, maxWindows, looks);
    }
}
