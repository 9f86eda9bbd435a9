package org.veil.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.CodePointIndex;

/**
 * The naive baseline the benchmark is compared with: mask every capitalised word and every number.
 * Measured in the same run as Veil so figures can be read as ratios on a noisy machine.
 */
public final class CapitalisedBaseline {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}’'-]*|\\p{N}[\\p{N}.,/:-]*");

    private CapitalisedBaseline() {
    }

    /** Code-point ranges of every capitalised word and number. */
    public static List<int[]> masks(String text) {
        List<int[]> out = new ArrayList<>();
        CodePointIndex index = new CodePointIndex(text);
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {index.toCodePoint(m.start()), index.toCodePoint(m.end())});
        }
        return out;
    }
}
