package org.veil.faces;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the preview's labels so that none overlaps another: each label tries above its face, below it, and
 * inside its top-left corner, then slides down from above the face until it finds free room inside the image.
 * Two boxes on neighbouring faces put their labels on top of each other otherwise, and a reviewer then keeps
 * the wrong face.
 */
final class LabelLayout {
    private LabelLayout() {
    }

    /**
     * @param anchors the region each label belongs to (image pixels)
     * @param sizes   each label's width and height (position ignored)
     * @return one rectangle per label, in order, inside the image when it fits, pairwise disjoint when there is room
     */
    static List<Rectangle2D> place(List<Rectangle2D> anchors, List<Rectangle2D> sizes, int width, int height) {
        List<Rectangle2D> placed = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Rectangle2D a = anchors.get(i);
            double w = sizes.get(i).getWidth();
            double h = sizes.get(i).getHeight();
            List<double[]> tries = new ArrayList<>();
            tries.add(new double[] {a.getMinX(), a.getMinY() - h});
            tries.add(new double[] {a.getMinX(), a.getMaxY()});
            tries.add(new double[] {a.getMinX(), a.getMinY()});
            for (double y = a.getMinY() - h; y < height + a.getHeight(); y += h / 2) {
                tries.add(new double[] {a.getMinX(), y});
            }
            for (double y = 0; y + h <= height; y += h / 2) {
                for (double x = 0; x + w <= width; x += w / 2) {
                    tries.add(new double[] {x, y});
                }
            }
            Rectangle2D chosen = null;
            for (double[] t : tries) {
                Rectangle2D r = inside(t[0], t[1], w, h, width, height);
                if (placed.stream().noneMatch(p -> p.intersects(r))) {
                    chosen = r;
                    break;
                }
            }
            // No free room at all (a tiny image with many faces): overlapping labels beat missing ones.
            placed.add(chosen != null ? chosen : inside(a.getMinX(), a.getMinY(), w, h, width, height));
        }
        return placed;
    }

    private static Rectangle2D inside(double x, double y, double w, double h, int width, int height) {
        double cx = Math.max(0, Math.min(width - w, x));
        double cy = Math.max(0, Math.min(height - h, y));
        return new Rectangle2D.Double(cx, cy, w, h);
    }
}
