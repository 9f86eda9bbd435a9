package org.veil.faces.blazeface;

import org.veil.faces.image.RgbRaster;
import java.util.ArrayList;
import java.util.List;

/**
 * Which network looks at which square windows of which resampled copy of a photo. Small faces in big photos vanish
 * when the whole photo is squeezed into 256 px, so the full-range model also runs on overlapping windows of finer
 * pyramid levels; the finest level is chosen so that the smallest wanted face spans {@link #FULL_RANGE_FACE_PIXELS}
 * model pixels. The short-range model adds a second opinion on near faces (whole photo, and a 2×2-window level).
 *
 * @param passes         network runs grouped by level, coarse to fine
 * @param minFaceSize    the smallest face (source pixels) planned for, after applying the window cap
 */
record ScanPlan(List<Pass> passes, double minFaceSize) {
    /** One pyramid level: the photo resampled to {@code width}×{@code height}, and the windows to run there. */
    record Pass(BlazeFaceVariant variant, int width, int height, List<Window> windows) {
    }

    /** Top-left corner of a model-sized square in level pixels; negative or overhanging means letterbox padding. */
    record Window(int left, int top) {
    }

    /**
     * The full-range model finds a face alone on grey from 8–12 px (BlazeFaceModelTest), but among other faces and
     * clutter 12 px faces scanned at only 0.4–0.55 while 14–16 px faces scanned at 0.6–0.85 (composed group
     * scenes, measured while tuning); so the smallest wanted face is resampled to 16 px.
     */
    static final double FULL_RANGE_FACE_PIXELS = 16;
    /**
     * Ratio between full-range levels. A face cut by every window of a level is larger than the overlap (64 px at
     * 256 px windows and 25 %), so it must still span ≥ FULL_RANGE_FACE_PIXELS one level up: 64 / 4 = 16.
     */
    static final double LEVEL_STEP = 4;
    /** Tiling a level barely larger than the whole-photo pass adds nothing the whole-photo pass lacks. */
    private static final double TILE_ONLY_ABOVE = 1.5;
    /** No point enlarging a photo more than this to reach tiny faces: there is no detail left to find. */
    private static final double MAX_UPSCALE = 2;
    private static final double CAP_GROWTH = 1.25;

    static ScanPlan of(int width, int height, BlazeFaceOptions options) {
        double minFace = options.minFaceSize();
        while (true) {
            List<Pass> passes = plan(width, height, minFace, options.tileOverlap());
            int windows = passes.stream().mapToInt(p -> p.windows().size()).sum();
            if (windows <= options.maxWindows() || !hasTiledFullRangeLevel(passes)) {
                return new ScanPlan(List.copyOf(passes), minFace);
            }
            minFace *= CAP_GROWTH;
        }
    }

    int windowCount() {
        return passes.stream().mapToInt(p -> p.windows().size()).sum();
    }

    private static boolean hasTiledFullRangeLevel(List<Pass> passes) {
        return passes.stream().anyMatch(p -> p.variant() == BlazeFaceVariant.FULL_RANGE && p.windows().size() > 1);
    }

    private static List<Pass> plan(int width, int height, double minFace, double overlap) {
        int longSide = Math.max(width, height);
        List<Pass> passes = new ArrayList<>();
        BlazeFaceVariant shortRange = BlazeFaceVariant.SHORT_RANGE;
        double shortWhole = (double) shortRange.inputSize / longSide;
        passes.add(level(shortRange, width, height, shortWhole, overlap));
        passes.add(level(shortRange, width, height, 2 * shortWhole, overlap));

        BlazeFaceVariant fullRange = BlazeFaceVariant.FULL_RANGE;
        double fullWhole = (double) fullRange.inputSize / longSide;
        passes.add(level(fullRange, width, height, fullWhole, overlap));
        List<Pass> tiled = new ArrayList<>();
        for (double scale = Math.min(MAX_UPSCALE, FULL_RANGE_FACE_PIXELS / minFace);
                scale > fullWhole * TILE_ONLY_ABOVE; scale /= LEVEL_STEP) {
            tiled.add(0, level(fullRange, width, height, scale, overlap));
        }
        passes.addAll(tiled);
        return passes;
    }

    private static Pass level(BlazeFaceVariant variant, int width, int height, double scale, double overlap) {
        int w = RgbRaster.scaledSize(width, scale);
        int h = RgbRaster.scaledSize(height, scale);
        List<Window> windows = new ArrayList<>();
        for (int top : starts(h, variant.inputSize, overlap)) {
            for (int left : starts(w, variant.inputSize, overlap)) {
                windows.add(new Window(left, top));
            }
        }
        return new Pass(variant, w, h, windows);
    }

    /** Evenly spaced window starts covering [0, length); one centred (letterboxed) window when it fits. */
    private static int[] starts(int length, int window, double overlap) {
        if (length <= window) {
            return new int[] {(length - window) / 2};
        }
        double stride = window * (1 - overlap);
        int count = (int) Math.ceil((length - window) / stride) + 1;
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = (int) Math.round((double) i * (length - window) / (count - 1));
        }
        return starts;
    }
}
