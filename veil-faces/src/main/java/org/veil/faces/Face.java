package org.veil.faces;

/**
 * A detected (or hand-drawn) face: where, how sure, and which detector said so; {@code landmarks} is null when
 * the detector gives none (BlazeFace as used here, the cascades, hand-drawn boxes).
 */
public record Face(Box box, double score, String source, Landmarks landmarks) {
    public Face(Box box, double score, String source) {
        this(box, score, source, null);
    }

    public boolean hasLandmarks() {
        return landmarks != null;
    }

    /** The same face with another score and source, landmarks kept. */
    public Face rescored(double newScore, String newSource) {
        return new Face(box, newScore, newSource, landmarks);
    }
}
