package org.veil.faces.yunet;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;
import org.veil.faces.ensemble.NonMaxSuppression;
import org.veil.faces.image.RgbRaster;

/**
 * YuNet over a {@link TilingPlan} (the whole photo downscaled for large faces, overlapping tiles of a finer copy
 * for small ones), one merge of all windows' detections, then a {@link SecondLook} at every candidate that was
 * not already sure. Faces come with YuNet's five landmarks, which the coverer uses to turn its ellipse.
 *
 * <p>One ONNX session for the detector's life; one thread at a time.
 */
public final class YuNetDetector implements FaceDetector {
    public static final String NAME = "yunet";
    /**
     * Lowest scan score worth a second look: low, because small faces scanned as low as 0.12 and then scored 0.87
     * on the second look.
     */
    static final double CANDIDATE_SCORE = 0.1;
    /** Second looks per photo, best scan score first (three small network runs each, about 13 ms). */
    static final int MAX_CANDIDATES = 400;
    /** A piece within this many level pixels of an inner tile edge is a cut face: the rest is elsewhere. */
    private static final double CUT_MARGIN = 2;
    private static final double MAX_CONTAINED_AREA_RATIO = 2.5;

    private final YuNetModel model;
    private final NonMaxSuppression nms = new NonMaxSuppression();
    private final SecondLook secondLook;

    private final double candidateScore;

    public YuNetDetector() {
        this(CANDIDATE_SCORE);
    }

    YuNetDetector(double candidateScore) {
        this.candidateScore = candidateScore;
        this.model = new YuNetModel();
        this.secondLook = new SecondLook(model);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        RgbRaster source = RgbRaster.of(image);
        List<Face> faces = new ArrayList<>();
        List<Face> candidates = merge(scan(source));
        for (Face candidate : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
            double score = secondLook.confirm(source, candidate);
            if (score >= SecondLook.ACCEPT) {
                faces.add(candidate.rescored(score, NAME));
            }
        }
        return faces;
    }

    /** Every detection of every planned window, in photo pixels, cut pieces dropped. */
    List<Face> scan(RgbRaster source) {
        List<Face> raw = new ArrayList<>();
        List<TilingPlan.Level> levels = TilingPlan.of(source.width, source.height).levels();
        // Finest first, each coarser copy shrunk from the previous one: the full photo is read once, not per level.
        RgbRaster previous = source;
        for (int i = levels.size() - 1; i >= 0; i--) {
            TilingPlan.Level level = levels.get(i);
            RgbRaster copy = previous.resized(level.width(), level.height());
            previous = copy;
            double toX = (double) source.width / level.width();
            double toY = (double) source.height / level.height();
            for (TilingPlan.Window w : level.windows()) {
                for (YuNetModel.Detection d : model.detect(copy, w.left(), w.top(), w.width(), w.height(),
                        candidateScore)) {
                    if (level.tiled() && cutByInnerEdge(d.box(), w, level)) {
                        continue;
                    }
                    Box b = d.box();
                    Box inPhoto = new Box((w.left() + b.x()) * toX, (w.top() + b.y()) * toY, b.w() * toX,
                            b.h() * toY);
                    raw.add(new Face(inPhoto, d.score(), NAME, d.landmarks().mapped(w.left(), w.top(), toX, toY)));
                }
            }
        }
        return raw;
    }

    private static boolean cutByInnerEdge(Box b, TilingPlan.Window w, TilingPlan.Level level) {
        boolean left = w.left() > 0 && b.x() < CUT_MARGIN;
        boolean top = w.top() > 0 && b.y() < CUT_MARGIN;
        boolean right = w.left() + w.width() < level.width() && b.x() + b.w() > w.width() - CUT_MARGIN;
        boolean bottom = w.top() + w.height() < level.height() && b.y() + b.h() > w.height() - CUT_MARGIN;
        return left || top || right || bottom;
    }

    /**
     * Greedy, best score first, as OpenCV's NMS after YuNet (IoU 0.3), plus containment: the same face seen at two
     * levels gives a tight and a slightly looser box.
     */
    List<Face> merge(List<Face> raw) {
        List<Face> ordered = new ArrayList<>(raw);
        ordered.sort(Comparator.comparingDouble(Face::score).reversed());
        List<Face> kept = new ArrayList<>();
        for (Face f : ordered) {
            if (kept.stream().noneMatch(k -> sameFace(k.box(), f.box()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * IoU, or containment between boxes of similar size: a large false box around a real face must not swallow it
     * (measured: a 250 px box on grass around a 76 px face).
     */
    private boolean sameFace(Box a, Box b) {
        double ratio = Math.max(a.area(), b.area()) / Math.max(1e-9, Math.min(a.area(), b.area()));
        return a.iou(b) >= NonMaxSuppression.DEFAULT_MIN_IOU || ratio <= MAX_CONTAINED_AREA_RATIO && nms.sameFace(a, b);
    }

    @Override
    public void close() {
        model.close();
    }
}
