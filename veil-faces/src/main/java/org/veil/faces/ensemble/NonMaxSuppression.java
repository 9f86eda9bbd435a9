package org.veil.faces.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * low IoU but is plainly the same face). Faces are grouped by the transitive closure of that relation (connected
 * components), which makes the result independent of input order. Each group becomes one face:
 * <ul>
 *   <li>box: the bounding box of all members, so nothing any detector marked is left uncovered (a larger box
 *       costs some background; a smaller one could leave an ear or a jaw identifiable);</li>
 *   <li>score: noisy-or over distinct detectors, {@code 1 − Π(1 − s_d)}, where {@code s_d} is the best score of
 *       detector {@code d} in the group. Agreement of independent detectors raises confidence, but repeated boxes
 *       from ONE detector (e.g. a cascade's overlapping windows) are one opinion and count once;</li>
 *   <li>source: the distinct detector names, sorted and joined with {@code +} ({@code blazeface+cascade-frontal});
 *       a source that is itself a join is split first, so names stay flat.</li>
 * </ul>
 * Transitivity can chain two neighbouring faces through one large box into a single box covering both: that
 * still covers both faces, which is the side to err on.
 */
public final class NonMaxSuppression {
    public static final double DEFAULT_MIN_IOU = 0.3;
    public static final double DEFAULT_MIN_CONTAINMENT = 0.6;
    static final String SOURCE_SEPARATOR = "+";

    private static final Comparator<Face> OUTPUT_ORDER = Comparator.comparingDouble(Face::score).reversed()
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
        int n = faces.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameFace(faces.get(i).box(), faces.get(j).box())) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Face>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(faces.get(i));
        }
        List<Face> merged = new ArrayList<>(groups.size());
        for (List<Face> group : groups.values()) {
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

    private static Face combine(List<Face> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        // Sorted by source so the product is computed in the same order whatever the input order (exact floats).
        Map<String, Double> bestBySource = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>();
        for (Face f : group) {
            Box b = f.box();
            x0 = Math.min(x0, b.x());
            y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.x() + b.w());
            y1 = Math.max(y1, b.y() + b.h());
            bestBySource.merge(f.source(), f.score(), Math::max);
            names.addAll(List.of(f.source().split("\\" + SOURCE_SEPARATOR)));
        }
        double allMiss = 1;
        for (double s : bestBySource.values()) {
            allMiss *= 1 - s;
        }
        return new Face(new Box(x0, y0, x1 - x0, y1 - y0), 1 - allMiss, String.join(SOURCE_SEPARATOR, names));
    }

    private static void check(Face face) {
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

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    @Override
    public String toString() {
        return "NonMaxSuppression[minIou=" + minIou + ", minContainment=" + minContainment + "]";
    }
}
