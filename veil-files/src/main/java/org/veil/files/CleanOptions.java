package org.veil.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to clean. {@code paranoid} re-renders pages and images to pixels (as mat2 and Dangerzone do) for when the
 * structure itself is suspect; it is lossy and is never the default.
 */
public record CleanOptions(Set<Keep> keep, boolean paranoid) {
    public CleanOptions {
        keep = keep.isEmpty() ? EnumSet.noneOf(Keep.class) : EnumSet.copyOf(keep);
    }

    public static CleanOptions defaults() {
        return new CleanOptions(EnumSet.noneOf(Keep.class), false);
    }

    public boolean keeps(Keep k) {
        return keep.contains(k);
    }
}
