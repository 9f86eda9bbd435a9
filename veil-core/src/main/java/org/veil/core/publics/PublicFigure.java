package org.veil.core.publics;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;

/**
 * A well-known public figure, matched in any spelling and Russian case form: "Zelensky", "Volodymyr
 * Zelenskyy", "Зеленского" and "President Zelensky" all name one person. Words are compared by stem (folded,
 * case ending and final vowels removed) allowing one edit, as transliterations differ.
 */
record PublicFigure(List<String> given, String surname, boolean bySurnameAlone) {
    private static final Pattern FINAL_VOWELS = Pattern.compile("[aeiouy]+$");
    /** Shorter surnames (May, Xi, Modi) are too often someone else's name or a common word. */
    private static final int SURNAME_ALONE_MIN = 5;

    /** @param line a full name; a leading "=" means the surname alone does not name this figure */
    static PublicFigure of(String line, Set<String> commonSurnames) {
        boolean fullOnly = line.startsWith("=");
        List<String> words = NameForms.nameWords(fullOnly ? line.substring(1) : line);
        List<String> stems = words.stream().map(PublicFigure::stem).toList();
        String surname = stems.get(stems.size() - 1);
        boolean alone = !fullOnly && words.get(words.size() - 1).length() >= SURNAME_ALONE_MIN
                && !commonSurnames.contains(surname);
        return new PublicFigure(stems.subList(0, stems.size() - 1), surname, alone);
    }

    static String stem(String word) {
        return FINAL_VOWELS.matcher(NameForms.fold(word)).replaceAll("");
    }

    /**
     * Whether the name words (titles removed) name this figure: the surname, with every other word one of
     * the figure's given names. The surname alone counts only for distinctive surnames. {@code stems} are the
     * words' {@link #stem}s, computed once by the caller for every figure it asks.
     */
    boolean named(List<String> words, List<String> stems) {
        if (!NameForms.similarFolded(stems.get(stems.size() - 1), surname)) {
            return false;
        }
        if (words.size() == 1) {
            return bySurnameAlone || given.isEmpty();
        }
        for (int i = 0; i < words.size() - 1; i++) {
            String s = stems.get(i);
            boolean initial = NameForms.isInitial(words.get(i));
            if (given.stream().noneMatch(g -> initial ? g.startsWith(s) : NameForms.similarFolded(s, g))) {
                return false;
            }
        }
        return true;
    }
}
