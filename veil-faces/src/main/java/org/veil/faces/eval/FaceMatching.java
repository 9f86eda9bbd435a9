package org.veil.faces.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.faces.Box;
import org.veil.faces.Face;

/**
 * Greedy matching of one image's detections to its ground truth: detections in descending score order, each takes
 * the unmatched face it overlaps most (IoU at least {@link #MIN_IOU}); a face is matched once, so a second
 * detection on it is a false positive. A detection matching no face but overlapping an ignored face is set aside.
 *
 * <p>Because detections are taken in score order, the matches of the detections scoring at least t are the same
 * whether or not the lower-scoring ones are present: one matching serves every threshold of the PR table.
 */
final class FaceMatching {
    /** The WIDER FACE and PASCAL VOC criterion. */
    static final double MIN_IOU = 0.5;

    enum Outcome { TRUE_POSITIVE, FALSE_POSITIVE, IGNORED }

    /** One detection's score, outcome and box (the box sorts false positives into size buckets). */
    record ScoredOutcome(double score, Outcome outcome, Box box) {
    }

    /**
     * @param matchScores per ground-truth face (same order), the score of the detection that found it, or
     *                    {@code Double.NEGATIVE_INFINITY} when missed
     */
    record Result(List<ScoredOutcome> detections, double[] matchScores) {
    }

    private FaceMatching() {
    }

    static Result match(AnnotatedImage truth, List<Face> detections) {
        List<Box> faces = truth.faces();
        double[] matchScores = new double[faces.size()];
        java.util.Arrays.fill(matchScores, Double.NEGATIVE_INFINITY);
        boolean[] taken = new boolean[faces.size()];
        List<Face> ordered = new ArrayList<>(detections);
        ordered.sort(Comparator.comparingDouble(Face::score).reversed());
        List<ScoredOutcome> outcomes = new ArrayList<>();
        for (Face d : ordered) {
            int best = -1;
            double bestIou = MIN_IOU;
            for (int i = 0; i < faces.size(); i++) {
                double iou = faces.get(i).iou(d.box());
                if (!taken[i] && iou >= bestIou) {
                    best = i;
                    bestIou = iou;
                }
            }
            Outcome outcome;
            if (best >= 0) {
                taken[best] = true;
                matchScores[best] = d.score();
                outcome = Outcome.TRUE_POSITIVE;
            } else if (truth.ignored().stream().anyMatch(g -> g.iou(d.box()) >= MIN_IOU)) {
                outcome = Outcome.IGNORED;
            } else {
                outcome = Outcome.FALSE_POSITIVE;
            }
            outcomes.add(new ScoredOutcome(d.score(), outcome, d.box()));
        }
        return new Result(outcomes, matchScores);
    }
}
