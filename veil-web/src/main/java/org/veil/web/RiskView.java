package org.veil.web;

import java.util.List;
import org.veil.core.verify.RiskReport;

/**
 * The residual-risk panel: the report of the output and the candidates left in it. Each candidate has its
 * place in the output ({@code outStart}, {@code outEnd}) and in the reviewed document ({@code start},
 * {@code end}), so the page can jump to it and the reviewer can mark it there. {@code keptByReviewer} names
 * the types of detected identifiers the reviewer chose to publish as they are: the report counts them as
 * public, so the panel says so.
 */
record RiskView(RiskReport report, String text, List<Candidate> candidates, List<String> keptByReviewer) {
    record Candidate(int outStart, int outEnd, int start, int end, String type, String context) {
    }

    RiskView {
        candidates = List.copyOf(candidates);
        keptByReviewer = List.copyOf(keptByReviewer);
    }
}
