package org.veil.cli;

import java.io.PrintWriter;
import java.io.Writer;
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
    /** Whether the live line is on screen now (a message about one item erases it). */
    private boolean shown;
    private final PrintWriter messages;

    /** @param total items expected, or -1 when unknown (a stream); no live line then */
    BatchProgress(PrintWriter err, String unit, int total, long totalBytes) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.totalBytes = totalBytes;
        this.live = total >= 0 && System.console() != null;
        this.messages = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                interrupt();
                err.write(chars, off, len);
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                err.flush();
            }
        }, true);
    }

    /** Where messages about single items go: each erases the live line first, so it starts at the left margin. */
    PrintWriter messages() {
        return messages;
    }

    void done(long size, boolean wasOk) {
        bytes += size;
        if (wasOk) {
            ok++;
        } else {
            refused++;
        }
        long now = System.nanoTime();
        if (live && (!shown || now - lastDrawn > 200_000_000L || ok + refused == total)) {
            lastDrawn = now;
            shown = true;
            double seconds = seconds();
            double rate = seconds > 0 ? bytes / seconds : 0;
            String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f s", (totalBytes - bytes) / rate) : "?";
            err.printf(Locale.ROOT, "\r\033[K%d/%d %s, %s, %.0f KB/s, ETA %s", ok + refused, total, unit,
                    size(bytes, totalBytes), rate / 1024, eta);
            err.flush();
        }
    }

    /** Erases the live line (carriage return, then ANSI erase to the end of the line). */
    private void interrupt() {
        if (shown) {
            err.print("\r\033[K");
            shown = false;
        }
    }

    /** "120/512 KB" below a megabyte, "3.4/20.0 MB" above: a small batch should not read "0.0/0.0 MB". */
    static String size(long done, long total) {
        return total < 1024 * 1024
                ? String.format(Locale.ROOT, "%.0f/%.0f KB", done / 1024.0, total / 1024.0)
                : String.format(Locale.ROOT, "%.1f/%.1f MB", mb(done), mb(total));
    }

    int refused() {
        return refused;
    }

    void summary() {
        if (shown) {
            err.println();
            shown = false;
        }
        double seconds = seconds();
        String amount = bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", mb(bytes));
        err.printf(Locale.ROOT, "%d %s, %s in %.1f s (%.0f KB/s): %d ok, %d refused%n", ok + refused, unit,
                amount, seconds, seconds > 0 ? bytes / seconds / 1024 : 0, ok, refused);
        err.flush();
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static double mb(long b) {
        return b / (1024.0 * 1024);
    }
}
