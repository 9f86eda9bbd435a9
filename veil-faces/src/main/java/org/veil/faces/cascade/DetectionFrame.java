package org.veil.faces.cascade;

import java.awt.image.BufferedImage;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.veil.faces.Box;

/**
 * The image as the cascades want it: grey, downscaled to at most {@code maxSide} on the longer side, and
 * histogram-equalised to rescue dim and low-contrast faces. Also keeps the horizontal mirror, built on first use,
 * for the one-sided profile cascade. Holds native memory: close it.
 *
 * <p>Equalisation is ADAPTIVE (CLAHE: 8×8 tiles, clip limit 2), not global. Global equalisation lets a large
 * uniform area decide the mapping for the whole photo: on a 4000×3000 dark-grey frame holding a 90 px face, the
 * background's one grey level took over the histogram, every brighter pixel was squeezed into the top few grey
 * levels and the face was lost; without equalisation or with CLAHE it was found. On the test portraits CLAHE
 * found every face global equalisation found, with fewer stray profile boxes.
 */
final class DetectionFrame implements AutoCloseable {
    private static final double CLAHE_CLIP_LIMIT = 2.0;
    private static final Size CLAHE_TILES = new Size(8, 8);

    private final Mat grey;
    private Mat mirrored;
    private final int originalWidth;
    private final int originalHeight;

    private DetectionFrame(Mat grey, int originalWidth, int originalHeight) {
        this.grey = grey;
        this.originalWidth = originalWidth;
        this.originalHeight = originalHeight;
    }

    static DetectionFrame of(BufferedImage image, int maxSide) {
        OpenCvNatives.load();
        int w = image.getWidth();
        int h = image.getHeight();
        Mat full = new Mat(h, w, CvType.CV_8UC1);
        full.put(0, 0, GreyPixels.of(image));
        int longer = Math.max(w, h);
        double scale = maxSide > 0 && longer > maxSide ? (double) maxSide / longer : 1.0;
        Mat grey = full;
        if (scale < 1.0) {
            grey = new Mat();
            // INTER_AREA averages the pixels it drops: no aliasing that could invent or break up face patterns.
            Imgproc.resize(full, grey, new Size(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))),
                    0, 0, Imgproc.INTER_AREA);
            full.release();
        }
        Imgproc.createCLAHE(CLAHE_CLIP_LIMIT, CLAHE_TILES).apply(grey, grey);
        return new DetectionFrame(grey, w, h);
    }

    Mat grey() {
        return grey;
    }

    Mat mirrored() {
        if (mirrored == null) {
            mirrored = new Mat();
            Core.flip(grey, mirrored, 1);
        }
        return mirrored;
    }

    /** Detection pixels per original pixel (≤ 1; the smaller of the two axes, which differ by rounding only). */
    double scale() {
        return Math.min(scaleX(), scaleY());
    }

    private double scaleX() {
        return (double) grey.cols() / originalWidth;
    }

    private double scaleY() {
        return (double) grey.rows() / originalHeight;
    }

    /** A rectangle found on {@link #grey()} or {@link #mirrored()}, in original image pixels, clipped to it. */
    Box toOriginal(Rect r, boolean onMirror) {
        double x = onMirror ? grey.cols() - r.x - r.width : r.x;
        double sx = scaleX();
        double sy = scaleY();
        return new Box(x / sx, r.y / sy, r.width / sx, r.height / sy)
                .clippedTo(originalWidth, originalHeight);
    }

    @Override
    public void close() {
        grey.release();
        if (mirrored != null) {
            mirrored.release();
        }
    }
}
