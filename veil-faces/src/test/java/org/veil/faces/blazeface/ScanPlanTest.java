package org.veil.faces.blazeface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScanPlanTest {
    private static final BlazeFaceOptions DEFAULTS = BlazeFaceOptions.defaults();

    @Test
    void twelveMegapixelsIsTiledFinelyEnoughForTwentyPixelFacesWithinTheCap() {
        ScanPlan plan = ScanPlan.of(4000, 3000, DEFAULTS);
        assertEquals(20, plan.minFaceSize(), 1e-9);
        assertTrue(plan.windowCount() <= DEFAULTS.maxWindows(), "windows " + plan.windowCount());
        ScanPlan.Pass finest = plan.passes().get(plan.passes().size() - 1);
        assertEquals(BlazeFaceVariant.FULL_RANGE, finest.variant());
        // A 20 px face becomes FULL_RANGE_FACE_PIXELS at the finest level.
        assertEquals(ScanPlan.FULL_RANGE_FACE_PIXELS / 20, (double) finest.width() / 4000, 1e-3);
        System.out.printf("BlazeFace plan for 4000×3000: %d windows, levels %s%n", plan.windowCount(),
                plan.passes().stream().map(p -> p.variant() + " " + p.width() + "×" + p.height() + "/"
                        + p.windows().size()).toList());
    }

    @Test
    void everyLevelIsCoveredWithTheRequestedOverlap() {
        for (int[] size : new int[][] {{4000, 3000}, {3000, 4000}, {1920, 1080}, {640, 480}, {300, 200}}) {
            for (ScanPlan.Pass pass : ScanPlan.of(size[0], size[1], DEFAULTS).passes()) {
                int n = pass.variant().inputSize;
                boolean[] covered = new boolean[pass.width() * pass.height()];
                for (ScanPlan.Window w : pass.windows()) {
                    for (int y = Math.max(0, w.top()); y < Math.min(pass.height(), w.top() + n); y++) {
                        for (int x = Math.max(0, w.left()); x < Math.min(pass.width(), w.left() + n); x++) {
                            covered[y * pass.width() + x] = true;
                        }
                    }
                    if (pass.width() >= n) {
                        assertTrue(w.left() >= 0 && w.left() + n <= pass.width(), "window outside the level");
                    }
                }
                int uncovered = 0;
                for (boolean c : covered) {
                    uncovered += c ? 0 : 1;
                }
                assertEquals(0, uncovered, "uncovered pixels at level " + pass.width() + "×" + pass.height());
                long columns = pass.windows().stream().map(ScanPlan.Window::left).distinct().count();
                if (columns > 1) {
                    double stride = (double) (pass.width() - n) / (columns - 1);
                    assertTrue(stride <= n * (1 - DEFAULTS.tileOverlap()) + 1, "stride " + stride);
                }
            }
        }
    }

    @Test
    void theCapCoarsensTheFinestLevelInsteadOfGrowingTheWork() {
        ScanPlan plan = ScanPlan.of(8000, 6000, DEFAULTS);
        assertTrue(plan.windowCount() <= DEFAULTS.maxWindows(), "windows " + plan.windowCount());
        assertTrue(plan.minFaceSize() > 20, "min face " + plan.minFaceSize());
        System.out.printf("BlazeFace plan for 8000×6000: %d windows, smallest face planned %.0f px%n",
                plan.windowCount(), plan.minFaceSize());

        ScanPlan tight = ScanPlan.of(4000, 3000, DEFAULTS.withMaxWindows(BlazeFaceOptions.MIN_WINDOWS));
        assertTrue(tight.windowCount() <= BlazeFaceOptions.MIN_WINDOWS, "windows " + tight.windowCount());
    }

    @Test
    void aSmallPhotoIsOnlyLetterboxed() {
        ScanPlan plan = ScanPlan.of(200, 150, DEFAULTS);
        ScanPlan.Pass whole = plan.passes().stream()
                .filter(p -> p.variant() == BlazeFaceVariant.FULL_RANGE).findFirst().orElseThrow();
        assertEquals(256, whole.width());
        assertEquals(1, whole.windows().size());
        assertEquals(new ScanPlan.Window(0, (192 - 256) / 2), whole.windows().get(0));
    }
}
