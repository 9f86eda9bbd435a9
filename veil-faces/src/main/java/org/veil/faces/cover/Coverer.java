package org.veil.faces.cover;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.veil.faces.Box;
import org.veil.faces.Face;

/**
 * Covers regions of an image in place. The region is the face box grown by {@code margin} (for hair and ears).
 * Pixelation blocks and blur radius scale with the face, so a large face is not left recognisable by a fixed
 * block size meant for small ones.
 */
public final class Coverer {
    /** Blocks across a face when pixelating: coarse enough that features merge. */
    static final int BLOCKS_ACROSS = 6;
    /** Blur radius as a share of the face width, applied three times (close to a Gaussian). */
    static final double BLUR_SHARE = 0.2;

    private final CoverStyle style;
    private final CoverShape shape;
    private final double margin;

    public Coverer(CoverStyle style, CoverShape shape, double margin) {
        if (margin < 1.0 || margin > 4.0) {
            throw new IllegalArgumentException("margin must be between 1.0 and 4.0, not " + margin);
        }
        this.style = style;
        this.shape = shape;
        this.margin = margin;
    }

    /**
     * The area that covering {@code face} changes, before clipping to the image. With landmarks (YuNet) and the
     * ellipse shape, the ellipse is fitted to the face: turned with the eye line, inscribed in the face's own
     * (un-turned) extent, each semi-axis times {@code margin} times {@link #FITTED_SLACK}. Without landmarks the
     * box may be loose or off-centre, so the ellipse passes through the corners of the grown box.
     */
    public Shape region(Face face) {
        if (shape == CoverShape.ELLIPSE && face.hasLandmarks()) {
            return fittedEllipse(face.box(), face.landmarks().roll());
        }
        return region(face.box());
    }

    /**
     * Semi-axes of a fitted ellipse over the face box's half-sides before the margin: slightly more than the
     * inscribed ellipse so that the brow and jaw at the box's edges are covered at margin 1 too.
     */
    static final double FITTED_SLACK = 1.15;
    /** Beyond this roll the axis-aligned box says too little about the face's own extent; no fit is tried. */
    private static final double MAX_FITTED_ROLL = Math.toRadians(40);

    /**
     * An axis-aligned box around an ellipse turned by θ has half-sides W² = a²c² + b²s², H² = a²s² + b²c² (c, s
     * the cosine and sine of θ); solved for the semi-axes a (across the face) and b (brow to chin). Near 45° the
     * system degenerates, and noisy landmarks can give a negative square, so those faces keep an upright ellipse.
     */
    private Shape fittedEllipse(Box box, double roll) {
        double hw = box.w() / 2;
        double hh = box.h() / 2;
        double a = hw;
        double b = hh;
        double c2 = Math.cos(roll) * Math.cos(roll);
        double s2 = 1 - c2;
        if (Math.abs(roll) <= MAX_FITTED_ROLL && Math.abs(roll) > Math.toRadians(3)) {
            double a2 = (hw * hw * c2 - hh * hh * s2) / (c2 - s2);
            double b2 = (hh * hh * c2 - hw * hw * s2) / (c2 - s2);
            if (a2 > 0.25 * hw * hw && b2 > 0.25 * hh * hh) {
                a = Math.sqrt(a2);
                b = Math.sqrt(b2);
            } else {
                roll = 0;
            }
        } else if (Math.abs(roll) > MAX_FITTED_ROLL) {
            roll = 0;
        }
        double k = margin * FITTED_SLACK;
        Shape upright = new Ellipse2D.Double(-a * k, -b * k, 2 * a * k, 2 * b * k);
        AffineTransform t = AffineTransform.getTranslateInstance(box.centerX(), box.centerY());
        t.rotate(roll);
        return t.createTransformedShape(upright);
    }

    /** The area that covering a bare box changes (no landmarks): the grown box, or the ellipse through its corners. */
    public Shape region(Box face) {
        Box g = face.grown(margin);
        if (shape == CoverShape.BOX) {
            return new Rectangle2D.Double(g.x(), g.y(), g.w(), g.h());
        }
        // The ellipse through the corners of the grown box: its semi-axes are the box's half-sides times √2.
        double a = g.w() / 2 * Math.sqrt(2);
        double b = g.h() / 2 * Math.sqrt(2);
        return new Ellipse2D.Double(g.centerX() - a, g.centerY() - b, 2 * a, 2 * b);
    }

    public void cover(BufferedImage image, Box face) {
        cover(image, new Face(face, 1, "box"));
    }

    public void cover(BufferedImage image, Face detected) {
        Box face = detected.box();
        Shape region = region(detected);
        Rectangle2D bounds = region.getBounds2D();
        int x0 = clamp((int) Math.floor(bounds.getMinX()), image.getWidth());
        int y0 = clamp((int) Math.floor(bounds.getMinY()), image.getHeight());
        int x1 = clamp((int) Math.ceil(bounds.getMaxX()), image.getWidth());
        int y1 = clamp((int) Math.ceil(bounds.getMaxY()), image.getHeight());
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int w = x1 - x0;
        int h = y1 - y0;
        int[] px = image.getRGB(x0, y0, w, h, null, 0, w);
        int[] covered = switch (style) {
            case SOLID -> solid(px.length);
            case PIXELATE -> pixelate(px, w, h, Math.max(2, (int) Math.ceil(face.w() / BLOCKS_ACROSS)));
            case BLUR -> blur(px, w, h, Math.max(2, (int) Math.round(face.w() * BLUR_SHARE)));
        };
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Pixel centres decide membership, so the region is the same whatever the style.
                if (region.contains(x0 + x + 0.5, y0 + y + 0.5)) {
                    px[y * w + x] = covered[y * w + x];
                }
            }
        }
        image.setRGB(x0, y0, w, h, px, 0, w);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    private static int[] solid(int n) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, Color.BLACK.getRGB());
        return out;
    }

    /** Each block takes the mean colour of its pixels. */
    static int[] pixelate(int[] px, int w, int h, int block) {
        int[] out = new int[px.length];
        for (int by = 0; by < h; by += block) {
            for (int bx = 0; bx < w; bx += block) {
                int ye = Math.min(h, by + block);
                int xe = Math.min(w, bx + block);
                long r = 0;
                long g = 0;
                long b = 0;
                long n = 0;
                for (int y = by; y < ye; y++) {
                    for (int x = bx; x < xe; x++) {
                        int c = px[y * w + x];
                        r += (c >> 16) & 0xFF;
                        g += (c >> 8) & 0xFF;
                        b += c & 0xFF;
                        n++;
                    }
                }
                int mean = 0xFF000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                for (int y = by; y < ye; y++) {
                    java.util.Arrays.fill(out, y * w + bx, y * w + xe, mean);
                }
            }
        }
        return out;
    }

    /** Three passes of a separable box blur. */
    static int[] blur(int[] px, int w, int h, int radius) {
        int[] a = px.clone();
        int[] tmp = new int[px.length];
        for (int pass = 0; pass < 3; pass++) {
            boxBlur(a, tmp, w, h, radius, true);
            boxBlur(tmp, a, w, h, radius, false);
        }
        return a;
    }

    /** One box-blur pass along rows or columns, with a running sum so the cost does not grow with the radius. */
    private static void boxBlur(int[] in, int[] out, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w;
        int len = horizontal ? w : h;
        for (int line = 0; line < lines; line++) {
            long sr = 0;
            long sg = 0;
            long sb = 0;
            int lo = 0;
            int hi = -1;
            for (int i = 0; i < len; i++) {
                int from = Math.max(0, i - r);
                int to = Math.min(len - 1, i + r);
                while (hi < to) {
                    int c = in[index(line, ++hi, w, horizontal)];
                    sr += (c >> 16) & 0xFF;
                    sg += (c >> 8) & 0xFF;
                    sb += c & 0xFF;
                }
                while (lo < from) {
                    int c = in[index(line, lo++, w, horizontal)];
                    sr -= (c >> 16) & 0xFF;
                    sg -= (c >> 8) & 0xFF;
                    sb -= c & 0xFF;
                }
                int n = hi - lo + 1;
                out[index(line, i, w, horizontal)] = 0xFF000000 | (int) (sr / n) << 16 | (int) (sg / n) << 8
                        | (int) (sb / n);
            }
        }
    }

    private static int index(int line, int i, int w, boolean horizontal) {
        return horizontal ? line * w + i : i * w + line;
    }
}
