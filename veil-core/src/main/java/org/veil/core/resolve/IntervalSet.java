package org.veil.core.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint half-open intervals, for asking which part of a range is still free. */
final class IntervalSet {
    private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

    void add(int start, int end) {
        byStart.put(start, end);
    }

    /** The sub-ranges of [start, end) not covered by any interval, in order. */
    List<int[]> uncovered(int start, int end) {
        List<int[]> out = new ArrayList<>();
        int cursor = start;
        Map.Entry<Integer, Integer> before = byStart.lowerEntry(start);
        if (before != null && before.getValue() > cursor) {
            cursor = before.getValue();
        }
        for (Map.Entry<Integer, Integer> e : byStart.subMap(start, true, end, false).entrySet()) {
            if (e.getKey() > cursor) {
                out.add(new int[] {cursor, e.getKey()});
            }
            cursor = Math.max(cursor, e.getValue());
        }
        if (cursor < end) {
            out.add(new int[] {cursor, end});
        }
        return out;
    }
}
