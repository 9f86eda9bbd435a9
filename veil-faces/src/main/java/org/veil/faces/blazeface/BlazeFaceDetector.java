package org.veil.faces.blazeface;

import org.veil.faces.image.RgbRaster;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

/**
 * MediaPipe BlazeFace, short-range and full-range networks, on ONNX Runtime (CPU), tuned for recall on large photos.
 * Each photo is scanned at several pyramid levels ({@link ScanPlan}), every window letterboxed so faces are never
 * stretched; the raw anchors of all windows are merged once ({@link WeightedNms}) into candidates, and each
 * candidate is re-scored by a {@link SecondLook}. Boxes are reported as tight as the model draws them (brow to
 * chin, no hair); growing them is the coverer's job.
 *
 * <p>Both models are loaded from the classpath once per instance; one thread at a time.
 */
public final class BlazeFaceDetector implements FaceDetector {
    public static final String NAME = "blazeface";
    /** Overlap that makes two boxes one face; MediaPipe's own value for BlazeFace. */
    private static final double CLUSTER_IOU = 0.3;
    /** Boxes this close to the best one are averaged into it; looser members only vote by being absorbed. */
    private static final double AVERAGE_IOU = 0.5;

    private final BlazeFaceOptions options;
    private final Map<BlazeFaceVariant, BlazeFaceModel> models = new EnumMap<>(BlazeFaceVariant.class);
    private final WeightedNms nms = new WeightedNms(CLUSTER_IOU, AVERAGE_IOU);
    private final SecondLook secondLook = new SecondLook(models);

    /** With {@link BlazeFaceOptions#defaults()}. */
    public BlazeFaceDetector() {
        this(BlazeFaceOptions.defaults());
    }

    public BlazeFaceDetector(BlazeFaceOptions options) {
        this.options = Objects.requireNonNull(options, "BlazeFace options");
        try {
            for (BlazeFaceVariant variant : BlazeFaceVariant.values()) {
                BlazeFaceModel model = new BlazeFaceModel(variant.resource);
                models.put(variant, model);
                if (model.inputSize != variant.inputSize) {
                    throw new IllegalStateException("BlazeFace model " + variant.resource + " takes "
                            + model.inputSize + " px, expected " + variant.inputSize);
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    public BlazeFaceOptions options() {
        return options;
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (models.size() != BlazeFaceVariant.values().length) {
            throw new IllegalStateException("BlazeFace detector is closed");
        }
        RgbRaster source = RgbRaster.of(image);
        List<Face> candidates = nms.merge(scan(source));
        List<Face> faces = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Face c = candidates.get(i);
            // merge() returns best scan score first, so the cap drops the least likely second looks.
            double score = i < options.maxSecondLooks() ? secondLook.score(source, c.box()) : c.score();
            Box clipped = c.box().clippedTo(source.width, source.height);
            if (score >= options.scoreThreshold() && clipped.area() > 0) {
                faces.add(new Face(clipped, score, NAME));
            }
        }
        return faces;
    }

    /** Every anchor of every planned window scoring at least the candidate threshold, in source pixels. */
    private List<Face> scan(RgbRaster source) {
        ScanPlan plan = ScanPlan.of(source.width, source.height, options);
        List<Face> raw = new ArrayList<>();
        for (ScanPlan.Pass pass : plan.passes()) {
            BlazeFaceModel model = models.get(pass.variant());
            RgbRaster level = source.resized(pass.width(), pass.height());
            double toSourceX = (double) source.width / pass.width();
            double toSourceY = (double) source.height / pass.height();
            for (ScanPlan.Window window : pass.windows()) {
                for (BlazeFaceModel.Detection d : model.detect(level, window.left(), window.top(),
                        options.candidateThreshold())) {
                    Box b = d.box();
                    Box inSource = new Box((window.left() + b.x()) * toSourceX, (window.top() + b.y()) * toSourceY,
                            b.w() * toSourceX, b.h() * toSourceY);
                    raw.add(new Face(inSource, d.score(), NAME));
                }
            }
        }
        return raw;
    }

    @Override
    public void close() {
        models.values().forEach(BlazeFaceModel::close);
        models.clear();
    }
}
