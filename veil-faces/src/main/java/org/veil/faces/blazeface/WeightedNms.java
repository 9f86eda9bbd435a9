package org.veil.faces.blazeface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.faces.Box;
import org.veil.faces.Face;

/**
 * Merges the many anchors, windows and pyramid levels that fire on one face into one box. Clusters are formed
 * greedily around the best-scoring box (IoU ≥ {@code clusterIou}); the cluster keeps the best score. Its box is
 * the score-weighted mean of only the members that agree closely with the best box (IoU ≥ {@code averageIou}): a
 * face cut by a window edge gives a half box that would otherwise drag the mean off the face.
 */
final class WeightedNms {
    private final double clusterIou;
    private final double averageIou;

    WeightedNms(double clusterIou, double averageIou) {
        this.clusterIou = clusterIou;
        this.averageIou = averageIou;
    }

    /** One face per cluster, best score first. */
    List<Face> merge(List<Face> detections) {
        List<Face> pending = new ArrayList<>(detections);
        pending.sort(Comparator.comparingDouble(Face::score).reversed());
        List<Face> merged = new ArrayList<>();
        while (!pending.isEmpty()) {
            Face best = pending.get(0);
            double sumW = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            List<Face> rest = new ArrayList<>();
            for (Face f : pending) {
                double iou = f.box().iou(best.box());
                if (iou < clusterIou) {
                    rest.add(f);
                    continue;
                }
                if (iou >= averageIou) {
                    Box b = f.box();
                    sumW += f.score();
                    x0 += f.score() * b.x();
                    y0 += f.score() * b.y();
                    x1 += f.score() * (b.x() + b.w());
                    y1 += f.score() * (b.y() + b.h());
                }
            }
            // best has IoU 1 with itself, so sumW > 0.
            Box box = new Box(x0 / sumW, y0 / sumW, (x1 - x0) / sumW, (y1 - y0) / sumW);
            merged.add(new Face(box, best.score(), best.source()));
            pending = rest;
        }
        return merged;
    }
}
