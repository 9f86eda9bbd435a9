package org.veil.faces.yunet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TilingPlanTest {
    @Test
    void aTwelveMegapixelPhotoStaysWithinTheBudgetAndLevelsAreCloseEnough() {
        TilingPlan plan = TilingPlan.of(4000, 3000);
        List<TilingPlan.Level> levels = plan.levels();
        assertTrue(levels.size() >= 2, levels.toString());
        double pixels = levels.stream().mapToDouble(l -> (double) l.width() * l.height()).sum();
        assertTrue(pixels <= 1.5 * TilingPlan.FINE_BUDGET_PIXELS, "pixels scanned " + pixels);
        assertEquals(640, Math.max(levels.get(0).width(), levels.get(0).height()), "coarse level fits 640 px");
        for (int i = 1; i < levels.size(); i++) {
            double ratio = levels.get(i).scale() / levels.get(i - 1).scale();
            assertTrue(ratio <= TilingPlan.MAX_LEVEL_RATIO + 1e-9, "levels " + ratio + " apart");
        }
        assertTrue(levels.get(levels.size() - 1).tiled(), "the fine level is tiled");
    }

    @Test
    void tilesCoverTheLevelWithTheOverlapAndFitTheTileSize() {
        for (int length : new int[] {100, 960, 961, 2000, 2667, 5000}) {
            int[][] spans = TilingPlan.spans(length);
            assertEquals(0, spans[0][0]);
            int[] last = spans[spans.length - 1];
            assertEquals(length, last[0] + last[1], "covers to the end");
            for (int i = 0; i < spans.length; i++) {
                assertTrue(spans[i][1] <= TilingPlan.TILE, "tile " + spans[i][1]);
                if (i > 0) {
                    int shared = spans[i - 1][0] + spans[i - 1][1] - spans[i][0];
                    assertTrue(shared >= TilingPlan.OVERLAP, length + ": overlap " + shared);
                }
            }
        }
    }

    @Test
    void aSmallPhotoIsEnlargedUpToTwiceForTinyFacesButNoMore() {
        TilingPlan.Level fine = TilingPlan.of(400, 300).levels().get(TilingPlan.of(400, 300).levels().size() - 1);
        assertEquals(TilingPlan.MAX_FINE_SCALE, fine.scale(), 1e-9);
    }
}
