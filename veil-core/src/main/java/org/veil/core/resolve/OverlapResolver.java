package org.veil.core.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.core.recognize.Mention;

/**
 * The one overlap rule. Candidates are ranked by specificity (validated > pattern > statistical > lexicon),
 * then length, then confidence, then position; each is accepted in that order. A candidate that overlaps
 * already accepted spans is not dropped whole: the parts of it outside them that still hold a letter or digit
 * are kept, because a lost fragment of an identifier is worse than a fragmented mask.
 */
public final class OverlapResolver {
    private static final Comparator<Mention> RANK = Comparator.comparingInt(Mention::specificity).reversed()
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparingInt(Mention::start)
            .thenComparing(m -> m.type().ordinal());

    private OverlapResolver() {
    }

    /** Non-overlapping mentions in text order. */
    public static List<Mention> resolve(String text, List<Mention> candidates) {
        List<Mention> ranked = new ArrayList<>(candidates);
        ranked.sort(RANK);
        IntervalSet taken = new IntervalSet();
        List<Mention> accepted = new ArrayList<>();
        for (Mention m : ranked) {
            for (int[] free : taken.uncovered(m.start(), m.end())) {
                if (free[0] == m.start() && free[1] == m.end()) {
                    accepted.add(m);
                    taken.add(m.start(), m.end());
                    continue;
                }
                int s = free[0];
                int e = free[1];
                while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                    s++;
                }
                while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                    e--;
                }
                if (e - s >= 2 && meaningfulFragment(m, text.substring(s, e))) {
                    accepted.add(m.withBounds(s, e));
                    taken.add(s, e);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(Mention::start));
        return accepted;
    }

    /** A cut-off piece of a number-shaped identifier is worth keeping only if it still holds a digit. */
    private static boolean meaningfulFragment(Mention m, String piece) {
        return switch (m.type()) {
            case CODE, CONTACT, QUANTITY -> piece.chars().anyMatch(Character::isDigit);
            default -> true;
        };
    }
}
