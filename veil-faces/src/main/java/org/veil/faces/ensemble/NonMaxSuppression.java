package org.veil.faces.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veil.faces.Box;
import org.veil.faces.Face;

/**
 * Merges boxes that describe the same face, tuned for recall.
 *
 * <p>Two boxes are the same face when their IoU reaches {@code minIou} or when their intersection covers at least
 * {@code minContainment} of the smaller box (a tight box from one detector inside a loose one from another has a
 * low IoU but is plainly the same face). Grouping is greedy, best score first: the best remaining face leads a
 * group of every remaining face that is the same face as the leader. Sorting first (score, then position) makes
 * the result independent of input order. Each group becomes one face:
 * <ul>
 *   <li>box (and landmarks): the leader's. A union of all members would drift past the face (measured on the built-in set:
 *       boxes too loose to match at IoU 0.5), and a transitive grouping could chain two neighbours into one group
 *       and lose the second face's own box; the coverer's margin takes in hair and ears anyway;</li>
 *   <li>score: noisy-or over distinct detectors, {@code 1 − Π(1 − s_d)}, where {@code s_d} is the best score of
 *       detector {@code d} in the group. Agreement of independent detectors raises confidence, but repeated boxes
 *       from ONE detector (e.g. a cascade's overlapping windows) are one opinion and count once;</li>
 *   <li>source: the distinct detector names, sorted and joined with {@code +} ({@code blazeface+cascade-frontal});
 *       a source that is itself a join is split first, so names stay flat.</li>
 * </ul>
 * A face that overlaps a member but not the leader starts its own group, so neighbours stay separate.
 */
public final class NonMaxSuppression {
    public static final double DEFAULT_MIN_IOU = 0.3;
    public static final double DEFAULT_MIN_CONTAINMENT = 0.6;
    static final String SOURCE_SEPARATOR = "+";

    static final Comparator<Face> OUTPUT_ORDER = Comparator.comparingDouble(Face::score).reversed()
            .thenComparingDouble(f -> f.box().y())
            .thenComparingDouble(f -> f.box().x())
            .thenComparingDouble(f -> f.box().w())
            .thenComparingDouble(f -> f.box().h())
            .thenComparing(Face::source);

    private final double minIou;
    private final double minContainment;

    public NonMaxSuppression() {
        this(DEFAULT_MIN_IOU, DEFAULT_MIN_CONTAINMENT);
    }

    public NonMaxSuppression(double minIou, double minContainment) {
        this.minIou = fraction("minimum IoU", minIou);
        this.minContainment = fraction("minimum containment", minContainment);
    }

    /** True when the two boxes should be reported as one face. */
    public boolean sameFace(Box a, Box b) {
        return a.iou(b) >= minIou || containment(a, b) >= minContainment;
    }

    /** Merged faces, best score first (ties broken by position, so the order is deterministic too). */
    public List<Face> merge(List<Face> faces) {
        faces.forEach(NonMaxSuppression::check);
        List<Face> ordered = new ArrayList<>(faces);
        ordered.sort(OUTPUT_ORDER);
        boolean[] taken = new boolean[ordered.size()];
        List<Face> merged = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Face leader = ordered.get(i);
            List<Face> group = new ArrayList<>(List.of(leader));
            for (int j = i + 1; j < ordered.size(); j++) {
                if (!taken[j] && sameFace(leader.box(), ordered.get(j).box())) {
                    taken[j] = true;
                    group.add(ordered.get(j));
                }
            }
            merged.add(combine(group));
        }
        merged.sort(OUTPUT_ORDER);
        return List.copyOf(merged);
    }

    /** Intersection over the smaller box's area; 0 for a degenerate (empty) box, which covers nothing. */
    static double containment(Box a, Box b) {
        double smaller = Math.min(a.area(), b.area());
        if (smaller <= 0) {
            return 0;
        }
        double ix = Math.max(0, Math.min(a.x() + a.w(), b.x() + b.w()) - Math.max(a.x(), b.x()));
        double iy = Math.max(0, Math.min(a.y() + a.h(), b.y() + b.h()) - Math.max(a.y(), b.y()));
        return ix * iy / smaller;
    }

    /** The leader's box (the group's first face), with the noisy-or score and the joined source names. */
    static Face combine(List<Face> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        // Sorted by source so the product is computed in the same order whatever the input order (exact floats).
        Map<String, Double> bestBySource = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>();
        for (Face f : group) {
            bestBySource.merge(f.source(), f.score(), Math::max);
            names.addAll(List.of(f.source().split("\\" + SOURCE_SEPARATOR)));
        }
        double allMiss = 1;
        for (double s : bestBySource.values()) {
            allMiss *= 1 - s;
        }
        return group.get(0).rescored(1 - allMiss, String.join(SOURCE_SEPARATOR, names));
    }

    static void check(Face face) {
        Objects.requireNonNull(face, "null face");
        Objects.requireNonNull(face.box(), "face without a box");
        if (face.source() == null || face.source().isBlank()) {
            throw new IllegalArgumentException("face without a source detector name: " + face);
        }
        if (!(face.score() >= 0 && face.score() <= 1)) {
            throw new IllegalArgumentException("face score outside [0, 1] from " + face.source() + ": " + face.score());
        }
    }

    private static double fraction(String what, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in (0, 1], got " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "NonMaxSuppression[minIou=" + minIou + ", minContainment=" + minContainment + "]";
    }
}
