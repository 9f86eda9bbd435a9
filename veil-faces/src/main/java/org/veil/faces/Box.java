package org.veil.faces;

/** An axis-aligned box in image pixels: top-left corner, width and height. */
public record Box(double x, double y, double w, double h) {
    public Box {
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("negative box size " + w + "×" + h);
        }
    }

    public double area() {
        return w * h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    /** Intersection over union, 0 when the boxes do not meet. */
    public double iou(Box o) {
        double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
        double inter = ix * iy;
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** The same centre, each side multiplied by {@code factor} (a margin for hair and ears). */
    public Box grown(double factor) {
        double nw = w * factor;
        double nh = h * factor;
        return new Box(centerX() - nw / 2, centerY() - nh / 2, nw, nh);
    }

    /** Clipped to an image of the given size (possibly empty). */
    public Box clippedTo(int width, int height) {
        double x0 = Math.max(0, x);
        double y0 = Math.max(0, y);
        double x1 = Math.min(width, x + w);
        double y1 = Math.min(height, y + h);
        return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
