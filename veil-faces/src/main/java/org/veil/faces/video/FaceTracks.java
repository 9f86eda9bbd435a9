package org.veil.faces.video;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.veil.faces.Box;

/**
 * Turns per-frame detections into the boxes to cover in each frame, so that a face the detector misses for a few
 * frames (motion blur, a turned head, a frame that was not examined) stays covered: flicker is how faces leak from
 * covered video. Detections on successive examined frames are linked into tracks by overlap with where the track
 * was heading; between two detections of a track its box is interpolated, and for {@code hold} frames before its
 * first and after its last detection the box is held in place and also carried along its motion (both are
 * covered). Covering a frame therefore waits until detection has run {@code hold} frames ahead of it.
 */
final class FaceTracks {
    /** Least overlap (intersection over union) with a track's predicted box for a detection to continue it. */
    private static final double MIN_IOU = 0.1;

    private record Seen(int frame, Box box) {
    }

    private static final class Track {
        final List<Seen> seen = new ArrayList<>();

        Seen first() {
            return seen.get(0);
        }

        Seen last() {
            return seen.get(seen.size() - 1);
        }

        /** Per-frame motion at one end of the track (x, y), from its two outermost detections on that side. */
        double[] velocity(boolean atEnd) {
            if (seen.size() < 2) {
                return new double[] {0, 0};
            }
            Seen a = atEnd ? seen.get(seen.size() - 2) : seen.get(0);
            Seen b = atEnd ? seen.get(seen.size() - 1) : seen.get(1);
            double dt = b.frame() - a.frame();
            // Bounded by a face width per frame, so one bad pairing cannot fling the box across the picture.
            double limit = b.box().w();
            return new double[] {clamp((b.box().x() - a.box().x()) / dt, limit),
                    clamp((b.box().y() - a.box().y()) / dt, limit)};
        }
    }

    private final int hold;
    private final List<Track> tracks = new ArrayList<>();
    private int count;

    /** @param hold frames a box is kept before a track's first and after its last detection (at least 1) */
    FaceTracks(int hold) {
        if (hold < 1) {
            throw new IllegalArgumentException("hold must be at least 1 frame");
        }
        this.hold = hold;
    }

    int hold() {
        return hold;
    }

    /** Tracks started so far: roughly, the faces that appeared. */
    int count() {
        return count;
    }

    /** The detections on examined frame {@code frame}; frames come in increasing order. */
    void observe(int frame, List<Box> boxes) {
        List<Track> open = new ArrayList<>();
        for (Track t : tracks) {
            if (frame - t.last().frame() <= hold) {
                open.add(t);
            }
        }
        record Pair(Track track, Box box, double iou) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Track t : open) {
            Box predicted = moved(t.last().box(), t.velocity(true), frame - t.last().frame());
            for (Box b : boxes) {
                double iou = predicted.iou(b);
                if (iou >= MIN_IOU) {
                    pairs.add(new Pair(t, b, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
        List<Track> taken = new ArrayList<>();
        List<Box> used = new ArrayList<>();
        for (Pair p : pairs) {
            if (!taken.contains(p.track()) && used.stream().noneMatch(u -> u == p.box())) {
                p.track().seen.add(new Seen(frame, p.box()));
                taken.add(p.track());
                used.add(p.box());
            }
        }
        for (Box b : boxes) {
            if (used.stream().noneMatch(u -> u == b)) {
                Track t = new Track();
                t.seen.add(new Seen(frame, b));
                tracks.add(t);
                count++;
            }
        }
    }

    /**
     * The boxes to cover in {@code frame}. Final once {@link #observe} has been called for every examined frame up
     * to {@code frame + hold} (or the video ended).
     */
    List<Box> boxesFor(int frame) {
        List<Box> out = new ArrayList<>();
        for (Track t : tracks) {
            Seen first = t.first();
            Seen last = t.last();
            if (frame < first.frame() - hold || frame > last.frame() + hold) {
                continue;
            }
            if (frame < first.frame()) {
                out.add(first.box());
                out.add(moved(first.box(), t.velocity(false), frame - first.frame()));
            } else if (frame > last.frame()) {
                out.add(last.box());
                out.add(moved(last.box(), t.velocity(true), frame - last.frame()));
            } else {
                out.add(between(t, frame));
            }
        }
        return out;
    }

    /** Drops tracks that can no longer reach {@code frame} or any later frame. */
    void forgetBefore(int frame) {
        for (Iterator<Track> it = tracks.iterator(); it.hasNext(); ) {
            if (it.next().last().frame() + hold < frame) {
                it.remove();
            }
        }
    }

    /** The box at {@code frame}, which lies between the track's first and last detection. */
    private static Box between(Track t, int frame) {
        for (int i = 1; i < t.seen.size(); i++) {
            Seen a = t.seen.get(i - 1);
            Seen b = t.seen.get(i);
            if (frame <= b.frame()) {
                double f = (frame - a.frame()) / (double) (b.frame() - a.frame());
                return new Box(lerp(a.box().x(), b.box().x(), f), lerp(a.box().y(), b.box().y(), f),
                        lerp(a.box().w(), b.box().w(), f), lerp(a.box().h(), b.box().h(), f));
            }
        }
        return t.first().box();
    }

    private static Box moved(Box b, double[] velocity, int frames) {
        return new Box(b.x() + velocity[0] * frames, b.y() + velocity[1] * frames, b.w(), b.h());
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }
}
