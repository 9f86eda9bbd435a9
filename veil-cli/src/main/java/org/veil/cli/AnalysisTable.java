package org.veil.cli;

import org.veil.core.model.Analysis;
import org.veil.core.model.Span;

/** A table for people: one row a span, the span shown [[highlighted]] in its context. */
final class AnalysisTable {
    private static final int CONTEXT = 30;

    private AnalysisTable() {
    }

    static String write(Analysis a) {
        String text = a.document().text();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-12s %-7s %-6s %s%n", "TYPE", "KIND", "ENTITY", "IN CONTEXT"));
        for (Span s : a.spans()) {
            int start = text.offsetByCodePoints(0, s.start());
            int end = text.offsetByCodePoints(start, s.end() - s.start());
            int from = Math.max(0, start - CONTEXT);
            int to = Math.min(text.length(), end + CONTEXT);
            String left = (from > 0 ? "…" : "") + text.substring(from, start);
            String right = text.substring(end, to) + (to < text.length() ? "…" : "");
            String context = (left + "[[" + text.substring(start, end) + "]]" + right).replaceAll("\\s+", " ");
            sb.append(String.format("%-12s %-7s %-6s %s%n", s.type(), s.kind(), s.entityId(), context));
        }
        return sb.toString();
    }
}
