package org.veil.faces;

import java.util.Objects;

/**
 * Five facial landmarks in image pixels, as YuNet (and RetinaFace) report them. "Right" and "left" are the
 * person's own: the right eye usually appears on the image's left in a frontal photo.
 */
public record Landmarks(Point rightEye, Point leftEye, Point nose, Point mouthRight, Point mouthLeft) {
    /** A point in image pixels. */
    public record Point(double x, double y) {
    }

    public Landmarks {
        Objects.requireNonNull(rightEye, "right eye");
        Objects.requireNonNull(leftEye, "left eye");
        Objects.requireNonNull(nose, "nose");
        Objects.requireNonNull(mouthRight, "right mouth corner");
        Objects.requireNonNull(mouthLeft, "left mouth corner");
    }

    /**
     * The face's roll in radians: the angle of the line from the eye on the image's left to the eye on the
     * image's right, 0 for an upright face, positive when that line slopes down (clockwise in image coordinates).
     */
    public double roll() {
        Point a = rightEye.x() <= leftEye.x() ? rightEye : leftEye;
        Point b = a == rightEye ? leftEye : rightEye;
        return Math.atan2(b.y() - a.y(), b.x() - a.x());
    }

    /** Every point moved by (dx, dy) then scaled by (sx, sy): from a model window back to the photo. */
    public Landmarks mapped(double dx, double dy, double sx, double sy) {
        return new Landmarks(map(rightEye, dx, dy, sx, sy), map(leftEye, dx, dy, sx, sy), map(nose, dx, dy, sx, sy),
                map(mouthRight, dx, dy, sx, sy), map(mouthLeft, dx, dy, sx, sy));
    }

    private static Point map(Point p, double dx, double dy, double sx, double sy) {
        return new Point((p.x() + dx) * sx, (p.y() + dy) * sy);
    }
}
