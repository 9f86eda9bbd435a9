package org.veil.core.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;

/**
 * The anonymized text read once: code points, word tokens, line starts and the stretches Veil itself wrote.
 * Offsets are code points, as in {@link Replacement}.
 */
final class OutputText {
    private final int[] cps;
    private final List<Tokens.Token> tokens;
    private final int[] lineStarts;
    private final int[] regionStarts;
    private final int[] regionEnds;

    OutputText(Anonymized anonymized) {
        this(anonymized.text(), anonymized.replacements());
    }

    OutputText(String text, List<Replacement> replacements) {
        cps = text.codePoints().toArray();
        tokens = Tokens.of(cps);
        lineStarts = lineStarts(cps);
        // Replacements come in text order and do not overlap; sorting keeps the binary search honest anyway.
        long[] regions = replacements.stream().filter(r -> r.outEnd() > r.outStart())
                .mapToLong(r -> ((long) r.outStart() << 32) | r.outEnd()).sorted().toArray();
        regionStarts = new int[regions.length];
        regionEnds = new int[regions.length];
        int maxEnd = 0;
        for (int i = 0; i < regions.length; i++) {
            regionStarts[i] = (int) (regions[i] >>> 32);
            maxEnd = Math.max(maxEnd, (int) regions[i]);
            regionEnds[i] = maxEnd; // running maximum, so one look-up answers overlap
        }
    }

    private static int[] lineStarts(int[] cps) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Tokens.Token> tokens() {
        return tokens;
    }

    int length() {
        return cps.length;
    }

    int codePointAt(int i) {
        return cps[i];
    }

    String substring(int start, int end) {
        return new String(cps, start, end - start);
    }

    /** Whether [start, end) touches text that Veil wrote or deliberately kept (any replacement record). */
    boolean inVeilRegion(int start, int end) {
        // Last region starting before end: it, or an earlier one, overlaps iff the running max end > start.
        int i = Arrays.binarySearch(regionStarts, end);
        int last = i >= 0 ? i - 1 : -i - 2;
        while (last >= 0 && regionStarts[last] >= end) {
            last--;
        }
        return last >= 0 && regionEnds[last] > start;
    }

    /** 1-based line and column of a code-point offset. */
    int[] lineColumn(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    /** A one-line snippet around [start, end) with the stretch itself marked {@code >like this<}. */
    String context(int start, int end) {
        int width = 32;
        int from = Math.max(0, start - width);
        int to = Math.min(cps.length, end + width);
        StringBuilder sb = new StringBuilder(to - from + 4).append(from > 0 ? "…" : "");
        for (int i = from; i < to; i++) {
            if (i == start) {
                sb.append('>');
            }
            if (i == end) {
                sb.append('<');
            }
            boolean space = Character.isWhitespace(cps[i]);
            if (!space || (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ')) {
                sb.appendCodePoint(space ? ' ' : cps[i]);
            }
        }
        return sb.append(end == to ? "<" : "").append(to < cps.length ? "…" : "").toString();
    }
}
