package org.veil.faces.yunet;

import java.util.ArrayList;
import java.util.List;
import org.veil.faces.image.RgbRaster;

/**
 * Which resampled copies of a photo YuNet looks at, cut into which windows. A <em>coarse</em> level fits the whole
 * photo into {@link #COARSE_SIDE} px for the large faces; a <em>fine</em> level, at most the photo's own size and at
 * most {@link #FINE_BUDGET_PIXELS}, finds the small ones and is cut into overlapping tiles of at most
 * {@link #TILE} px; levels in between keep neighbours at most {@link #MAX_LEVEL_RATIO} apart. A face larger than
 * the overlap may be cut by every tile of a level; the next coarser level sees it whole (and the detector drops
 * the cut pieces).
 *
 * @param levels coarse to fine
 */
record TilingPlan(List<Level> levels) {
    /** One resampled copy: its size, its scale from the photo, and the windows to run. */
    record Level(double scale, int width, int height, List<Window> windows) {
        boolean tiled() {
            return windows.size() > 1;
        }
    }

    /** A window in level pixels; the model pads it to multiples of 32. */
    record Window(int left, int top, int width, int height) {
    }

    /** YuNet's own training size; large faces fill a good part of it. */
    static final int COARSE_SIDE = 640;
    /**
     * Pixels of the fine level. About 14 ms per 320×320 on one core, so 3.2 MP is about 0.45 s: with the coarse
     * level, decoding and covering, a 12 MP photo stays near one second. Faces down to ~10 px at this level are
     * found, so in a 12 MP photo faces from ~20 px.
     */
    static final double FINE_BUDGET_PIXELS = 2_400_000;
    /** Photos are never enlarged: below their own resolution there is no more detail to find. */
    static final double MAX_FINE_SCALE = 2.0;
    static final int TILE = 960;
    /** A face up to this many level pixels lies whole inside some tile. */
    static final int OVERLAP = 128;
    /** A coarse level closer than this to the fine one adds nothing. */
    static final double MIN_LEVEL_RATIO = 1.5;
    /**
     * Most scale between neighbouring levels: a face just over the overlap (cut in every tile of a level) must be
     * about 40 px one level up, where YuNet finds it reliably; 128 / 3 ≈ 43. (A 76 px face was lost between a
     * 1.33× fine level and a 0.32× coarse one, 4.2× apart.) A 12 MP photo then needs no middle level.
     */
    static final double MAX_LEVEL_RATIO = 3.0;

    static TilingPlan of(int width, int height) {
        double fine = Math.min(MAX_FINE_SCALE, Math.sqrt(FINE_BUDGET_PIXELS / ((double) width * height)));
        double coarse = Math.min(fine, (double) COARSE_SIDE / Math.max(width, height));
        List<Level> levels = new ArrayList<>();
        if (fine / coarse >= MIN_LEVEL_RATIO) {
            // Evenly spaced in log scale, no two neighbours more than MAX_LEVEL_RATIO apart.
            int steps = (int) Math.ceil(Math.log(fine / coarse) / Math.log(MAX_LEVEL_RATIO));
            for (int i = 0; i < steps; i++) {
                levels.add(level(width, height, coarse * Math.pow(fine / coarse, (double) i / steps)));
            }
        }
        levels.add(level(width, height, fine));
        return new TilingPlan(List.copyOf(levels));
    }

    private static Level level(int width, int height, double scale) {
        int w = RgbRaster.scaledSize(width, scale);
        int h = RgbRaster.scaledSize(height, scale);
        List<Window> windows = new ArrayList<>();
        int[][] ys = spans(h);
        int[][] xs = spans(w);
        for (int[] y : ys) {
            for (int[] x : xs) {
                windows.add(new Window(x[0], y[0], x[1], y[1]));
            }
        }
        return new Level(scale, w, h, List.copyOf(windows));
    }

    /** (start, length) of evenly spread tiles covering [0, length) with at least OVERLAP px shared. */
    static int[][] spans(int length) {
        if (length <= TILE) {
            return new int[][] {{0, length}};
        }
        int count = (int) Math.ceil((double) (length - OVERLAP) / (TILE - OVERLAP));
        int size = (int) Math.ceil((double) (length + (count - 1) * OVERLAP) / count);
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            int start = i == count - 1 ? length - size : i * (size - OVERLAP);
            out[i] = new int[] {start, size};
        }
        return out;
    }

    int windowCount() {
        return levels.stream().mapToInt(l -> l.windows().size()).sum();
    }
}
