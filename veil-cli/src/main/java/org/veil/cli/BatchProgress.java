package org.veil.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr: one updating line ({@code \r}) when stderr is a terminal, nothing otherwise (a
 * log file should not fill with carriage returns); a summary line at the end in both cases.
 */
final class BatchProgress {
    private final PrintWriter err;
    private final String unit;
    private final int total;
    private final long totalBytes;
    private final boolean live;
    private final long started = System.nanoTime();
    private int ok;
    private int refused;
    private long bytes;
    private long lastDrawn;

    /** @param total items expected, or -1 when unknown (a stream); no live line then */
    BatchProgress(PrintWriter err, String unit, int total, long totalBytes) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.totalBytes = totalBytes;
        this.live = total >= 0 && System.console() != null;
    }

    void done(long size, boolean wasOk) {
        bytes += size;
        if (wasOk) {
            ok++;
        } else {
            refused++;
        }
        long now = System.nanoTime();
        if (live && (now - lastDrawn > 200_000_000L || ok + refused == total)) {
            lastDrawn = now;
            double seconds = seconds();
            double rate = seconds > 0 ? bytes / seconds : 0;
            String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f s", (totalBytes - bytes) / rate) : "?";
            err.printf(Locale.ROOT, "\r%d/%d %s, %.1f/%.1f MB, %.0f KB/s, ETA %s   ", ok + refused, total, unit,
                    mb(bytes), mb(totalBytes), rate / 1024, eta);
            err.flush();
        }
    }

    /** Clears the live line, so a message about one file starts at the left margin. */
    void interrupt() {
        if (live && lastDrawn != 0) {
            err.print("\r");
        }
    }

    int refused() {
        return refused;
    }

    void summary() {
        if (live && lastDrawn != 0) {
            err.println();
        }
        double seconds = seconds();
        err.printf(Locale.ROOT, "%d %s, %.1f MB in %.1f s (%.0f KB/s): %d ok, %d refused%n", ok + refused, unit,
                mb(bytes), seconds, seconds > 0 ? bytes / seconds / 1024 : 0, ok, refused);
        err.flush();
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static double mb(long b) {
        return b / (1024.0 * 1024);
    }
}
