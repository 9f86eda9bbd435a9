package org.veil.faces.image;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;

/**
 * Packed 0xRRGGBB pixels, row-major. The detector resamples the photo once per pyramid level into one of these and
 * then cuts model windows out of it, so each source pixel is read once per level instead of once per window.
 */
public final class RgbRaster {
    public final int width;
    public final int height;
    private final int[] pixels;

    private RgbRaster(int width, int height, int[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Any BufferedImage type (grey, indexed, alpha) becomes plain RGB; alpha is dropped, not composited. */
    public static RgbRaster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = directPixels(image);
        if (px == null) {
            px = image.getRGB(0, 0, w, h, null, 0, w);
        }
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        return new RgbRaster(w, h, px);
    }

    /**
     * The pixels of the two layouts decoders give photos in, read straight from the raster (getRGB converts each
     * pixel through the colour model: a third of a second for 12 MP); null for any other layout.
     */
    private static int[] directPixels(BufferedImage image) {
        java.awt.image.WritableRaster r = image.getRaster();
        if (r.getMinX() != 0 || r.getMinY() != 0 || r.getWidth() != image.getWidth()
                || r.getHeight() != image.getHeight()) {
            return null;
        }
        int n = image.getWidth() * image.getHeight();
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && r.getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == image.getWidth() && ints.getNumBanks() == 1 && ints.getOffset() == 0
                && ints.getData().length >= n) {
            return java.util.Arrays.copyOf(ints.getData(), n);
        }
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && r.getDataBuffer() instanceof java.awt.image.DataBufferByte bytes
                && r.getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel sm
                && sm.getScanlineStride() == 3 * image.getWidth() && bytes.getNumBanks() == 1
                && bytes.getOffset() == 0 && bytes.getData().length >= 3 * n) {
            byte[] b = bytes.getData();
            int[] px = new int[n];
            for (int i = 0, j = 0; i < n; i++, j += 3) {
                px[i] = (b[j + 2] & 0xFF) << 16 | (b[j + 1] & 0xFF) << 8 | (b[j] & 0xFF);
            }
            return px;
        }
        return null;
    }

    /** A side of {@code size} pixels resized by {@code scale}, at least one pixel. */
    public static int scaledSize(int size, double scale) {
        return Math.max(1, (int) Math.round(size * scale));
    }

    /**
     * Resized to exactly {@code w}×{@code h}: area-averaged when shrinking (so a 20 px face in a 12 MP photo keeps
     * its contrast instead of aliasing away), bilinear when enlarging.
     */
    public RgbRaster resized(int w, int h) {
        if (w == width && h == height) {
            return this;
        }
        return w <= width && h <= height ? areaAveraged(w, h) : bilinear(w, h);
    }

    /**
     * The square of {@code side} source pixels at ({@code left}, {@code top}) resampled to {@code n}×{@code n}, the
     * part outside this raster black. Shrinking averages a grid of up to 4×4 nearest pixels over each output
     * pixel's footprint (enough against aliasing for a detector, and the cost does not grow with {@code side});
     * enlarging or mild shrinking interpolates bilinearly.
     */
    public RgbRaster square(double left, double top, double side, int n) {
        double step = side / n;
        int grid = step <= 1.5 ? 0 : (int) Math.min(4, Math.ceil(step));
        int[] out = new int[n * n];
        for (int oy = 0; oy < n; oy++) {
            for (int ox = 0; ox < n; ox++) {
                out[oy * n + ox] = grid == 0
                        ? bilinearOrBlack(left + (ox + 0.5) * step - 0.5, top + (oy + 0.5) * step - 0.5)
                        : gridMean(left + ox * step, top + oy * step, step, grid);
            }
        }
        return new RgbRaster(n, n, out);
    }

    private int bilinearOrBlack(double x, double y) {
        if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) {
            return 0;
        }
        return bilinearAt(x, y);
    }

    /** Mean of grid×grid pixels spread over the footprint [x0, x0 + step)², outside pixels counting as black. */
    private int gridMean(double x0, double y0, double step, int grid) {
        int r = 0, g = 0, b = 0;
        for (int j = 0; j < grid; j++) {
            int y = (int) Math.floor(y0 + (j + 0.5) * step / grid);
            if (y < 0 || y >= height) {
                continue;
            }
            int row = y * width;
            for (int i = 0; i < grid; i++) {
                int x = (int) Math.floor(x0 + (i + 0.5) * step / grid);
                if (x >= 0 && x < width) {
                    int p = pixels[row + x];
                    r += (p >> 16) & 0xFF;
                    g += (p >> 8) & 0xFF;
                    b += p & 0xFF;
                }
            }
        }
        int count = grid * grid;
        int half = count / 2;
        return ((r + half) / count << 16) | ((g + half) / count << 8) | (b + half) / count;
    }

    private RgbRaster areaAveraged(int w, int h) {
        // Column footprints: output column ox averages source columns [x0[ox], x0[ox + 1]).
        int[] x0 = bounds(width, w);
        int[] y0 = bounds(height, h);
        int[] out = new int[w * h];
        long[] acc = new long[w * 3];
        for (int oy = 0; oy < h; oy++) {
            java.util.Arrays.fill(acc, 0);
            for (int sy = y0[oy]; sy < y0[oy + 1]; sy++) {
                int row = sy * width;
                for (int ox = 0; ox < w; ox++) {
                    long r = 0, g = 0, b = 0;
                    for (int sx = x0[ox]; sx < x0[ox + 1]; sx++) {
                        int p = pixels[row + sx];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                    acc[ox * 3] += r;
                    acc[ox * 3 + 1] += g;
                    acc[ox * 3 + 2] += b;
                }
            }
            int rows = y0[oy + 1] - y0[oy];
            for (int ox = 0; ox < w; ox++) {
                long n = (long) rows * (x0[ox + 1] - x0[ox]);
                int r = (int) ((acc[ox * 3] + n / 2) / n);
                int g = (int) ((acc[ox * 3 + 1] + n / 2) / n);
                int b = (int) ((acc[ox * 3 + 2] + n / 2) / n);
                out[oy * w + ox] = (r << 16) | (g << 8) | b;
            }
        }
        return new RgbRaster(w, h, out);
    }

    /** n + 1 increasing boundaries splitting [0, size) into n non-empty runs (size ≥ n). */
    private static int[] bounds(int size, int n) {
        int[] b = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            b[i] = (int) ((long) i * size / n);
        }
        return b;
    }

    private RgbRaster bilinear(int w, int h) {
        int[] out = new int[w * h];
        double sx = (double) width / w;
        double sy = (double) height / h;
        for (int oy = 0; oy < h; oy++) {
            for (int ox = 0; ox < w; ox++) {
                out[oy * w + ox] = bilinearAt((ox + 0.5) * sx - 0.5, (oy + 0.5) * sy - 0.5);
            }
        }
        return new RgbRaster(w, h, out);
    }

    /** The colour at pixel-centre coordinates (x, y), edges repeated. */
    private int bilinearAt(double x, double y) {
        double fx = Math.max(0, Math.min(width - 1, x));
        double fy = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double tx = fx - x0;
        double ty = fy - y0;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = lerp(channel(x0, y0, shift), channel(x1, y0, shift), tx);
            double bottom = lerp(channel(x0, y1, shift), channel(x1, y1, shift), tx);
            rgb |= ((int) Math.round(lerp(top, bottom, ty))) << shift;
        }
        return rgb;
    }

    private int channel(int x, int y, int shift) {
        return (pixels[y * width + x] >> shift) & 0xFF;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /**
     * Writes the {@code side}×{@code side} square at ({@code left}, {@code top}) as NHWC RGB floats in [-1, 1], the
     * range MediaPipe trained BlazeFace on. Pixels outside the raster are black (-1), MediaPipe's letterbox padding.
     */
    public void writeSquare(int left, int top, int side, FloatBuffer into) {
        into.clear();
        for (int y = top; y < top + side; y++) {
            boolean rowInside = y >= 0 && y < height;
            for (int x = left; x < left + side; x++) {
                if (rowInside && x >= 0 && x < width) {
                    int p = pixels[y * width + x];
                    into.put(((p >> 16) & 0xFF) * (2f / 255f) - 1f);
                    into.put(((p >> 8) & 0xFF) * (2f / 255f) - 1f);
                    into.put((p & 0xFF) * (2f / 255f) - 1f);
                } else {
                    into.put(-1f).put(-1f).put(-1f);
                }
            }
        }
        into.flip();
    }

    /**
     * Writes the {@code w}×{@code h} rectangle at ({@code left}, {@code top}) into {@code into} as planar BGR floats
     * in [0, 255] (NCHW with batch 1): OpenCV's {@code blobFromImage} without scaling, the input YuNet was trained
     * on. Pixels outside this raster are 0, as OpenCV pads. The buffer is cleared and filled to 3·w·h floats.
     */
    public void writePlanarBgr(int left, int top, int w, int h, FloatBuffer into) {
        int plane = w * h;
        into.clear();
        for (int y = 0; y < h; y++) {
            int sy = top + y;
            for (int x = 0; x < w; x++) {
                int sx = left + x;
                int p = sy >= 0 && sy < height && sx >= 0 && sx < width ? pixels[sy * width + sx] : 0;
                int i = y * w + x;
                into.put(i, p & 0xFF);
                into.put(plane + i, (p >> 8) & 0xFF);
                into.put(2 * plane + i, (p >> 16) & 0xFF);
            }
        }
        into.limit(3 * plane);
    }
}
