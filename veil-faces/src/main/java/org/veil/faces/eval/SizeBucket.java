package org.veil.faces.eval;

import org.veil.faces.Box;

/**
 * Face size classes by the ground-truth box HEIGHT in pixels. Height, as in the WIDER FACE paper's scale
 * subsets, because it stays stable when a face turns to profile while the width shrinks by half.
 */
public enum SizeBucket {
    SMALL("< 32 px"),
    MEDIUM("32–96 px"),
    LARGE("> 96 px");

    static final double SMALL_BELOW = 32;
    static final double LARGE_ABOVE = 96;

    private final String label;

    SizeBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SizeBucket of(Box face) {
        if (face.h() < SMALL_BELOW) {
            return SMALL;
        }
        return face.h() > LARGE_ABOVE ? LARGE : MEDIUM;
    }
}
