package org.veil.faces.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

/**
 * Runs a detector over an annotated set and scores it. Only the time inside {@link FaceDetector#detect} is
 * counted (decoding is left out so the figure compares detectors, not disks). No warm-up run is made: callers
 * wanting steady-state speed run a few images first.
 */
public final class FaceEvaluator {
    private FaceEvaluator() {
    }

    public static FaceEvaluation evaluate(FaceDetector detector, List<AnnotatedImage> set, ImageSource images)
            throws IOException {
        return evaluate(detector, set, images, FaceEvaluation.DEFAULT_THRESHOLDS);
    }

    public static FaceEvaluation evaluate(FaceDetector detector, List<AnnotatedImage> set, ImageSource images,
                                          List<Double> thresholds) throws IOException {
        Map<String, List<Face>> detections = new LinkedHashMap<>();
        long nanos = 0;
        for (AnnotatedImage annotated : set) {
            BufferedImage image = load(images, annotated.relativePath());
            long t0 = System.nanoTime();
            List<Face> found = detector.detect(image);
            nanos += System.nanoTime() - t0;
            detections.put(annotated.relativePath(), List.copyOf(found));
        }
        return FaceEvaluation.score(detector.name(), set, detections, nanos / 1e9, thresholds);
    }

    /** The image as the evaluator gives it to detectors: stored pixels, TYPE_INT_RGB, orientation refused. */
    public static BufferedImage load(ImageSource images, String relativePath) throws IOException {
        byte[] bytes;
        try (InputStream in = images.open(relativePath)) {
            bytes = in.readAllBytes();
        }
        return EvalImageDecoder.decode(bytes, relativePath);
    }
}
