package org.veil.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.verify.Verification;

/**
 * The places in the output the user should look at before publishing: left-over originals and the sweep's
 * candidates, with line:column and context. For the terminal only, never a report file: it shows output text.
 */
final class CheckList {
    /** Beyond this the list stops being read; the report still counts everything. */
    static final int MAX_LINES = 100;

    private record Line(int line, int column, String what, String context) {
    }

    private CheckList() {
    }

    static void write(PrintWriter err, Verification v) {
        write(err, v, null);
    }

    /** @param file the input's name, put before the header and every line when a run has several files */
    static void write(PrintWriter err, Verification v, String file) {
        List<Line> lines = new ArrayList<>();
        v.leaks().forEach(l -> lines.add(new Line(l.line(), l.column(), "left " + l.type(), l.context())));
        v.candidates().forEach(c -> lines.add(new Line(c.line(), c.column(), c.kind().name(), c.context())));
        if (lines.isEmpty()) {
            return;
        }
        lines.sort(Comparator.comparingInt(Line::line).thenComparingInt(Line::column));
        String prefix = file == null ? "" : file + ":";
        err.println(file == null ? "Check these before publishing:" : file + ": check these before publishing:");
        for (Line l : lines.subList(0, Math.min(MAX_LINES, lines.size()))) {
            err.printf("  %s%d:%d  %-12s %s%n", prefix, l.line(), l.column(), l.what(), l.context());
        }
        if (lines.size() > MAX_LINES) {
            err.printf("  ... and %d more%n", lines.size() - MAX_LINES);
        }
        err.flush();
    }
}
