package org.veil.core.model;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets of a Java string to Unicode code-point offsets and back. Recognizers work on Java
 * strings; spans are published in code points. Only the places of surrogate pairs are kept (none in most
 * texts), not a table per character: two such tables cost eight bytes per character, 160 MB on a 20 MB text.
 */
public final class CodePointIndex {
    /** UTF-16 offsets of the second half of every surrogate pair, in order. */
    private final int[] lowHalves;
    private final int length;

    public CodePointIndex(String text) {
        length = text.length();
        int[] found = new int[0];
        int n = 0;
        for (int i = 1; i < length; i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(16, n * 2));
                }
                found[n++] = i;
            }
        }
        lowHalves = Arrays.copyOf(found, n);
    }

    /** Code-point offset of the UTF-16 offset {@code charOffset} (the second half of a pair counts as its pair). */
    public int toCodePoint(int charOffset) {
        if (charOffset < 0 || charOffset > length) {
            throw new ArrayIndexOutOfBoundsException(charOffset);
        }
        return charOffset - countUpTo(charOffset);
    }

    /** UTF-16 offset of the code-point offset {@code codePointOffset}. */
    public int toChar(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length - lowHalves.length) {
            throw new ArrayIndexOutOfBoundsException(codePointOffset);
        }
        // Pair j starts at code point lowHalves[j] - 1 - j; the pairs starting before this code point each add
        // one char. lowHalves[j] - j grows strictly, so they are a prefix found by binary search.
        int lo = 0;
        int hi = lowHalves.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lowHalves[mid] - mid <= codePointOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePointOffset + lo;
    }

    /** How many second halves of pairs lie at or before {@code charOffset}. */
    private int countUpTo(int charOffset) {
        int at = Arrays.binarySearch(lowHalves, charOffset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
