package org.veil.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabScorerTest {
    //                                    0         1         2         3         4
    //                                    0123456789012345678901234567890123456789012345
    private static final String TEXT = "Ivan Petrov sued the Supreme Court of Norway.";

    private static TabDocument doc() {
        return new TabDocument("d1", TEXT, Map.of("a1", List.of(
                new TabMention(0, 11, "PERSON", "DIRECT", "e1"),
                new TabMention(21, 44, "ORG", "NO_MASK", "e2"))));
    }

    @Test
    void theShareOfPublicContextMaskedCountsNoMaskTokens() {
        TabScorer masksAll = new TabScorer();
        masksAll.add(doc(), List.of(new int[] {0, 11}, new int[] {21, 34}));
        TabScore s = masksAll.score();
        // "Supreme Court" masked, "of Norway" kept: 2 of the 4 NO_MASK tokens.
        assertEquals(0.5, s.noMaskMasked(), 1e-9);
        assertEquals(1.0, s.tokenRecall(), 1e-9);
        assertEquals(2.0 / 4.0, s.tokenPrecision(), 1e-9);

        TabScorer keepsContext = new TabScorer();
        keepsContext.add(doc(), List.of(new int[] {0, 11}));
        assertEquals(0.0, keepsContext.score().noMaskMasked(), 1e-9);
        assertEquals(1.0, keepsContext.score().tokenPrecision(), 1e-9);
    }
}
