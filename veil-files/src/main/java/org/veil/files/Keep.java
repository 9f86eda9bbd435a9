package org.veil.files;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What the user may ask to keep: things that change how a picture looks and identify nobody. */
public enum Keep {
    /** The EXIF orientation tag (as a minimal EXIF block), so the picture stays upright without re-encoding. */
    ORIENTATION,
    /** Embedded colour profiles (ICC). */
    ICC;

    /** Parses "orientation,icc"; an unknown word is refused. */
    public static Set<Keep> parse(String list) throws RefusedException {
        Set<Keep> keep = EnumSet.noneOf(Keep.class);
        if (list == null || list.isBlank()) {
            return keep;
        }
        for (String word : list.split(",")) {
            String w = word.trim().toUpperCase(Locale.ROOT);
            try {
                keep.add(Keep.valueOf(w));
            } catch (IllegalArgumentException e) {
                throw new RefusedException("--keep takes orientation and icc, not '" + word.trim() + "'");
            }
        }
        return keep;
    }
}
