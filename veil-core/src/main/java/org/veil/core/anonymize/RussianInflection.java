package org.veil.core.anonymize;

import java.util.Locale;
import java.util.Map;

/**
 * Puts a Russian stand-in name into the grammatical case of the mention it replaces, by analogy with the
 * original: "Дмитрий" → "Дмитрия" tells that "-й" became "-я", so "Тимофей" becomes "Тимофея" and "Иван"
 * becomes "Ивана". Irregular pairs leave the stand-in in the nominative, which still reads as a name.
 */
final class RussianInflection {
    /** An ending after -й (Дмитрия) and its counterpart after a consonant (Ивана), and back. */
    private static final Map<String, String> SOFT_TO_HARD = Map.of("я", "а", "ю", "у", "ем", "ом", "е", "е");
    private static final Map<String, String> HARD_TO_SOFT = Map.of("а", "я", "у", "ю", "ом", "ем", "е", "е");

    private RussianInflection() {
    }

    /**
     * @param nominative the original word as the entity's fullest mention writes it ("Дмитрий")
     * @param mention    the original word in this mention ("Дмитрия")
     * @param standIn    the stand-in in the nominative ("Тимофей")
     */
    static String inflect(String nominative, String mention, String standIn) {
        String a = nominative.toLowerCase(Locale.ROOT);
        String b = mention.toLowerCase(Locale.ROOT);
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        String oldEnd = a.substring(p);
        String newEnd = b.substring(p);
        if (oldEnd.equals(newEnd) || newEnd.length() > 3 || oldEnd.length() > 2) {
            return standIn;
        }
        boolean consonant = standIn.matches("(?u).*[бвгдзклмнпрстфхжшщц]");
        if (!oldEnd.isEmpty() && standIn.endsWith(oldEnd)) {
            return standIn.substring(0, standIn.length() - oldEnd.length()) + newEnd;
        }
        if (oldEnd.isEmpty() && consonant) {
            return standIn + newEnd;
        }
        if (oldEnd.isEmpty() && standIn.endsWith("й") && HARD_TO_SOFT.containsKey(newEnd)) {
            return standIn.substring(0, standIn.length() - 1) + HARD_TO_SOFT.get(newEnd);
        }
        if (oldEnd.equals("й") && consonant && SOFT_TO_HARD.containsKey(newEnd)) {
            return standIn + SOFT_TO_HARD.get(newEnd);
        }
        return standIn;
    }
}
