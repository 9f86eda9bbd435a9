package org.veil.faces.blazeface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;

class WeightedNmsTest {
    private final WeightedNms nms = new WeightedNms(0.3, 0.5);

    private static Face face(double x, double y, double side, double score) {
        return new Face(new Box(x, y, side, side), score, "test");
    }

    @Test
    void nearDuplicatesBecomeOneScoreWeightedBoxWithTheBestScore() {
        List<Face> merged = nms.merge(List.of(face(100, 100, 50, 0.6), face(110, 100, 50, 0.9)));
        assertEquals(1, merged.size());
        assertEquals(0.9, merged.get(0).score());
        assertEquals((0.6 * 100 + 0.9 * 110) / 1.5, merged.get(0).box().x(), 1e-9);
        assertEquals(50, merged.get(0).box().w(), 1e-9);
    }

    @Test
    void aHalfBoxFromAWindowEdgeIsAbsorbedButDoesNotDragTheBox() {
        // IoU 0.4: same face (≥ 0.3) but too different to average (< 0.5).
        Face whole = face(100, 100, 50, 0.9);
        Face half = new Face(new Box(100, 100, 20, 50), 0.8, "test");
        List<Face> merged = nms.merge(List.of(half, whole));
        assertEquals(1, merged.size());
        assertEquals(whole.box(), merged.get(0).box());
    }

    @Test
    void separateFacesStaySeparateBestFirst() {
        List<Face> merged = nms.merge(List.of(face(0, 0, 30, 0.5), face(100, 0, 30, 0.7), face(200, 0, 30, 0.6)));
        assertEquals(List.of(0.7, 0.6, 0.5), merged.stream().map(Face::score).toList());
    }
}
