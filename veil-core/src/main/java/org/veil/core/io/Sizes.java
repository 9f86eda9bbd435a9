package org.veil.core.io;

import java.util.Locale;

/** Human-readable byte counts (binary units, written KB/MB as people expect). */
public final class Sizes {
    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return format(kb) + " KB";
        }
        double mb = kb / 1024.0;
        if (mb < 1024) {
            return format(mb) + " MB";
        }
        return format(mb / 1024.0) + " GB";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
