package org.veil.faces.ensemble;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;

/**
 * Runs several detectors on the same image and reports the union of what they found, then filters it by a
 * {@link ScoreThreshold}. Members are listed best-localising first: a face a later member also found keeps the
 * earlier member's box and gains confidence (noisy-or, as in {@link NonMaxSuppression}); a face only a later
 * member found is added with its own box. Detectors miss different faces (a
 * frontal model misses profiles, a cascade misses tilted faces), so the union is what gives recall.
 *
 * <p>Fails closed: if any member throws, detection throws (naming the member) instead of returning the others'
 * faces, because a silently missing detector means silently missed faces. Owns its members: {@link #close()}
 * closes every one of them.
 */
public final class EnsembleDetector implements FaceDetector {
    private final List<FaceDetector> members;
    private final NonMaxSuppression nms;
    private final ScoreThreshold threshold;

    /** Default merging ({@link NonMaxSuppression#NonMaxSuppression()}) and {@link ScoreThreshold#DEFAULT}. */
    public EnsembleDetector(List<? extends FaceDetector> members) {
        this(members, new NonMaxSuppression(), ScoreThreshold.DEFAULT);
    }

    public EnsembleDetector(List<? extends FaceDetector> members, NonMaxSuppression nms, ScoreThreshold threshold) {
        Objects.requireNonNull(members, "null detector list");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one face detector");
        }
        this.members = List.copyOf(members); // rejects null members
        this.nms = Objects.requireNonNull(nms, "null NonMaxSuppression");
        this.threshold = Objects.requireNonNull(threshold, "null ScoreThreshold");
    }

    /** {@code ensemble(blazeface,cascade)}: the member names in the order given. */
    @Override
    public String name() {
        return members.stream().map(FaceDetector::name).collect(Collectors.joining(",", "ensemble(", ")"));
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        Objects.requireNonNull(image, "null image");
        // Each group is led by the first face of an earlier member; a member's own faces never merge with each
        // other (it has de-duplicated them already, and merging a large false box with a true small one would
        // lose the true one's box).
        List<List<Face>> groups = new ArrayList<>();
        for (FaceDetector member : members) {
            List<Face> found;
            try {
                found = member.detect(image);
            } catch (RuntimeException e) {
                throw new IllegalStateException("face detector " + member.name() + " failed: " + e.getMessage(), e);
            }
            if (found == null) {
                throw new IllegalStateException("face detector " + member.name() + " returned no result list");
            }
            int earlier = groups.size();
            for (Face f : found) {
                NonMaxSuppression.check(f);
                // Of the earlier faces this one matches, it joins the one it overlaps most.
                int hit = -1;
                double best = -1;
                for (int g = 0; g < earlier; g++) {
                    Box lead = groups.get(g).get(0).box();
                    if (nms.sameFace(lead, f.box()) && lead.iou(f.box()) > best) {
                        best = lead.iou(f.box());
                        hit = g;
                    }
                }
                if (hit >= 0) {
                    groups.get(hit).add(f);
                } else {
                    groups.add(new ArrayList<>(List.of(f)));
                }
            }
        }
        List<Face> merged = new ArrayList<>();
        for (List<Face> g : groups) {
            merged.add(NonMaxSuppression.combine(g));
        }
        merged.sort(NonMaxSuppression.OUTPUT_ORDER);
        return threshold.apply(merged);
    }

    /** Closes every member, even if some fail; the first failure is rethrown with the others suppressed. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (FaceDetector member : members) {
            try {
                member.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = new IllegalStateException("closing face detector " + member.name() + " failed: "
                            + e.getMessage(), e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
