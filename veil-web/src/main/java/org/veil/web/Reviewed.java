package org.veil.web;

import java.util.Set;
import org.veil.core.model.Analysis;

/** A document's analysis after the reviewer's decisions, and which mentions the reviewer confirmed. */
record Reviewed(Analysis analysis, Set<String> accepted) {
    Reviewed {
        accepted = Set.copyOf(accepted);
    }

    static String key(int start, int end) {
        return start + ":" + end;
    }
}
