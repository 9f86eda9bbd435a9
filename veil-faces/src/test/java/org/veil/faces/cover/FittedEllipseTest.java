package org.veil.faces.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.Landmarks;

class FittedEllipseTest {
    private static final Box BOX = new Box(100, 100, 80, 100);

    private static Face withEyes(double leftX, double leftY, double rightX, double rightY) {
        Landmarks.Point nose = new Landmarks.Point(140, 150);
        Landmarks.Point mouth = new Landmarks.Point(140, 175);
        return new Face(BOX, 0.9, "yunet", new Landmarks(new Landmarks.Point(leftX, leftY),
                new Landmarks.Point(rightX, rightY), nose, mouth, mouth));
    }

    private static double area(Shape s) {
        double a = 0;
        double[] c = new double[6];
        double[] first = null;
        double[] prev = null;
        for (PathIterator it = new Area(s).getPathIterator(null, 0.1); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double[] p = {c[0], c[1]};
            if (type == PathIterator.SEG_MOVETO) {
                first = p;
            } else if (prev != null) {
                a += prev[0] * p[1] - p[0] * prev[1];
            }
            if (type == PathIterator.SEG_CLOSE && prev != null) {
                a += prev[0] * first[1] - first[0] * prev[1];
            }
            prev = type == PathIterator.SEG_CLOSE ? null : p;
        }
        return Math.abs(a) / 2;
    }

    @Test
    void anUprightFaceGetsAnEllipseMuchTighterThanTheOldCornerEllipse() {
        Coverer c = new Coverer(CoverStyle.SOLID, CoverShape.ELLIPSE, 1.3);
        Shape fitted = c.region(withEyes(120, 130, 160, 130));
        Shape corners = c.region(BOX);
        assertTrue(area(fitted) < 0.7 * area(corners), area(fitted) + " vs " + area(corners));
        assertTrue(fitted.contains(BOX.centerX(), BOX.y() + 3), "brow covered");
        assertTrue(fitted.contains(BOX.centerX(), BOX.y() + BOX.h() - 3), "chin covered");
        assertTrue(fitted.contains(BOX.x() + 3, BOX.centerY()) && fitted.contains(BOX.x() + BOX.w() - 3,
                BOX.centerY()), "cheeks covered");
    }

    @Test
    void aTiltedFaceTurnsTheEllipse() {
        Coverer c = new Coverer(CoverStyle.SOLID, CoverShape.ELLIPSE, 1.0);
        Shape tilted = c.region(withEyes(120, 120, 160, 140)); // eye line sloping down by 26.6°
        Shape upright = c.region(withEyes(120, 130, 160, 130));
        // Along the tilted long axis the turned ellipse reaches further than the upright one.
        double ux = -Math.sin(Math.atan2(20, 40));
        double uy = Math.cos(Math.atan2(20, 40));
        double reach = 0.98 * BOX.h() / 2 * 1.0;
        double x = BOX.centerX() + ux * reach;
        double y = BOX.centerY() + uy * reach;
        assertEquals(tilted.contains(x, y), true, "turned ellipse reaches the chin along the face's axis");
        assertFalse(upright.getBounds2D().equals(tilted.getBounds2D()));
    }

    @Test
    void facesWithoutLandmarksAndTheBoxShapeKeepTheGrownBox() {
        Coverer box = new Coverer(CoverStyle.SOLID, CoverShape.BOX, 1.3);
        Face f = withEyes(120, 120, 160, 140);
        assertEquals(box.region(BOX).getBounds2D(), box.region(f).getBounds2D());
        Coverer ellipse = new Coverer(CoverStyle.SOLID, CoverShape.ELLIPSE, 1.3);
        assertEquals(ellipse.region(BOX).getBounds2D(), ellipse.region(new Face(BOX, 0.9, "cascade")).getBounds2D());
    }
}
