package org.veil.core.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.core.recognize.ResourceLines;

/**
 * Which full given names a word can be: Паша, Pasha, Павла and Pavel are all Павел; Саша is Александр or
 * Александра. Built from the bundled variant list, with every Cyrillic form declined, keyed by {@link NameKey}.
 */
public final class GivenNames {
    /** One full given name: its key (the Latin spelling of its Russian form) and its gender. */
    public record Name(String key, Gender gender) {
    }

    /** One line of the bundled table: a full given name, its gender, and every other way it is written. */
    public record Entry(String fullName, Gender gender, List<String> variants) {
        public Entry {
            variants = List.copyOf(variants);
        }
    }

    /** Irregular stems: the vowel that drops out when the name is declined. */
    private static final Map<String, String> FLEETING = Map.of("павел", "павл", "лев", "льв", "пётр", "петр");
    /** Nominatives and variants, for Latin words (which English text does not decline). */
    private static final Map<String, Set<Name>> BY_FORM = new HashMap<>();
    /** The same plus every case form of the Cyrillic ones, for Cyrillic words. */
    private static final Map<String, Set<Name>> BY_CASE_FORM = new HashMap<>();
    private static final List<Entry> TABLE = new java.util.ArrayList<>();

    static {
        load();
    }

    private GivenNames() {
    }

    /** The full names a word may be; empty if it is no known given name in any form. */
    public static Set<Name> of(String word) {
        return (NameKey.cyrillic(word) ? BY_CASE_FORM : BY_FORM).getOrDefault(NameKey.of(word), Set.of());
    }

    /**
     * The table itself, the one list of hypocorisms in Veil: {@link NameForms#fold} folds the same variants
     * for places, organisations and public figures.
     */
    public static List<Entry> table() {
        return java.util.Collections.unmodifiableList(TABLE);
    }

    private static void load() {
        for (String line : ResourceLines.read("/org/veil/core/ru/given-name-variants.txt")) {
            int colon = line.indexOf(':');
            String[] head = line.substring(0, colon).trim().split("\\s+");
            Gender gender = head[1].equals("f") ? Gender.FEMALE : Gender.MALE;
            Name name = new Name(NameKey.of(head[0]), gender);
            add(head[0], name);
            List<String> variants = java.util.Arrays.stream(line.substring(colon + 1).trim().split("\\s+"))
                    .filter(v -> !v.isEmpty()).toList();
            for (String variant : variants) {
                add(variant, name);
            }
            TABLE.add(new Entry(head[0], gender, variants));
        }
    }

    private static void add(String form, Name name) {
        BY_FORM.computeIfAbsent(NameKey.of(form), k -> new LinkedHashSet<>()).add(name);
        List<String> forms = NameKey.cyrillic(form) ? declined(form.toLowerCase(java.util.Locale.ROOT)) : List.of(form);
        for (String f : forms) {
            BY_CASE_FORM.computeIfAbsent(NameKey.of(f), k -> new LinkedHashSet<>()).add(name);
        }
    }

    /** The nominative and its singular case forms (genitive, dative, accusative, instrumental, prepositional). */
    static List<String> declined(String n) {
        String stem = n.substring(0, n.length() - 1);
        char last = n.charAt(n.length() - 1);
        if (last == 'а') {
            boolean hushing = "гкхжшщчц".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            boolean softInstr = "жшщчц".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            return List.of(n, stem + (hushing ? "и" : "ы"), stem + "е", stem + "у",
                    stem + (softInstr ? "ей" : "ой"), stem + (softInstr ? "ею" : "ою"));
        }
        if (last == 'я') {
            if (stem.endsWith("и")) {
                return List.of(n, stem + "и", stem + "ю", stem + "ей");
            }
            return List.of(n, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "ёй");
        }
        if (last == 'й') {
            return List.of(n, stem + "я", stem + "ю", stem + "ем", stem + "е", stem + "и");
        }
        if (last == 'ь') {
            return List.of(n, stem + "я", stem + "ю", stem + "ем", stem + "е");
        }
        String s = FLEETING.getOrDefault(n, n);
        return List.of(n, s + "а", s + "у", s + "ом", s + "е");
    }
}
