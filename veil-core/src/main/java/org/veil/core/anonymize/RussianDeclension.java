package org.veil.core.anonymize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Case forms of Russian names and place names, from the ending of their nominative: "Иван" → "Ивана",
 * "Мария" → "Марией", "Петрова" → "Петровой", "Красногорск" → "Красногорске". Also the other way: which
 * cases a written form can be in ("Вороновой" is a woman's surname in the genitive, dative, instrumental
 * or prepositional). Irregular stems (Павел → Павла) are not covered; words outside every paradigm
 * (Шевченко, a woman's "Шевчук") do not change, as in Russian.
 */
final class RussianDeclension {
    /** What a word is: paradigms differ between given names, surnames, patronymics and places. */
    enum Kind { GIVEN, SURNAME, PATRONYMIC, PLACE }

    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    private static final String HUSHING = "жшчщц";
    private static final String VELAR_HUSHING = "гкхжшчщ";

    /**
     * One declension: the nominative ending, the endings of genitive, dative, accusative, instrumental and
     * prepositional (accusative null: like the genitive for people, like the nominative for things), and
     * what the stem must look like.
     */
    private record Paradigm(String nominative, String[] endings, Predicate<String> stem) {
        String form(String stem, RussianCase c, boolean animate) {
            if (c == RussianCase.NOMINATIVE) {
                return stem + nominative;
            }
            String ending = endings[c.ordinal() - 1];
            if (ending == null) {
                return animate ? form(stem, RussianCase.GENITIVE, true) : stem + nominative;
            }
            char last = stem.isEmpty() ? ' ' : Character.toLowerCase(stem.charAt(stem.length() - 1));
            // Spelling rules: no "ы" after г, к, х and hushing consonants; unstressed "о" after hushing is "е".
            if (ending.equals("ы") && VELAR_HUSHING.indexOf(last) >= 0) {
                ending = "и";
            } else if (ending.startsWith("о") && !ending.equals("ого") && !ending.equals("ому")
                    && HUSHING.indexOf(last) >= 0) {
                ending = "е" + ending.substring(1);
            }
            return stem + ending;
        }
    }

    private static Predicate<String> endsWithAny(String letters) {
        return s -> !s.isEmpty() && letters.indexOf(Character.toLowerCase(s.charAt(s.length() - 1))) >= 0;
    }

    private static final java.util.regex.Pattern SURNAME_STEM = java.util.regex.Pattern.compile(
            ".*\\p{L}{2}(?:ов|ев|ёв|ин|ын)");

    private static Predicate<String> surnameStem() {
        return s -> SURNAME_STEM.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    private static final Paradigm NOUN_M = new Paradigm("", new String[]{"а", "у", null, "ом", "е"},
            endsWithAny(CONSONANTS));
    private static final Paradigm NOUN_Y = new Paradigm("й", new String[]{"я", "ю", null, "ем", "е"},
            endsWithAny("аеоуэюя"));
    private static final Paradigm NOUN_IY = new Paradigm("ий", new String[]{"ия", "ию", null, "ием", "ии"},
            endsWithAny(CONSONANTS));
    private static final Paradigm SOFT_M = new Paradigm("ь", new String[]{"я", "ю", null, "ем", "е"},
            endsWithAny(CONSONANTS));
    private static final Paradigm SOFT_F = new Paradigm("ь", new String[]{"и", "и", "ь", "ью", "и"},
            endsWithAny(CONSONANTS));
    private static final Paradigm NOUN_A = new Paradigm("а", new String[]{"ы", "е", "у", "ой", "е"},
            endsWithAny(CONSONANTS));
    private static final Paradigm NOUN_YA = new Paradigm("я", new String[]{"и", "е", "ю", "ей", "е"},
            endsWithAny(CONSONANTS + "ь"));
    private static final Paradigm NOUN_IYA = new Paradigm("ия", new String[]{"ии", "ии", "ию", "ией", "ии"},
            endsWithAny(CONSONANTS));
    private static final Paradigm SURNAME_OV = new Paradigm("", new String[]{"а", "у", null, "ым", "е"},
            surnameStem());
    private static final Paradigm SURNAME_OVA = new Paradigm("а", new String[]{"ой", "ой", "у", "ой", "ой"},
            surnameStem());
    private static final Paradigm ADJ_YY = new Paradigm("ый", new String[]{"ого", "ому", null, "ым", "ом"},
            endsWithAny(CONSONANTS));
    private static final Paradigm ADJ_OY = new Paradigm("ой", new String[]{"ого", "ому", null, "ым", "ом"},
            endsWithAny(CONSONANTS));
    private static final Paradigm ADJ_KIY = new Paradigm("ий", new String[]{"ого", "ому", null, "им", "ом"},
            endsWithAny("гкх"));
    private static final Paradigm ADJ_NIY = new Paradigm("ий", new String[]{"его", "ему", null, "им", "ем"},
            endsWithAny("н"));
    private static final Paradigm ADJ_AYA = new Paradigm("ая", new String[]{"ой", "ой", "ую", "ой", "ой"},
            endsWithAny(CONSONANTS));
    private static final Paradigm ADJ_YAYA = new Paradigm("яя", new String[]{"ей", "ей", "юю", "ей", "ей"},
            endsWithAny("н"));
    private static final Paradigm ADJ_OE = new Paradigm("ое", new String[]{"ого", "ому", null, "ым", "ом"},
            endsWithAny(CONSONANTS));
    private static final Paradigm ADJ_EE = new Paradigm("ее", new String[]{"его", "ему", null, "им", "ем"},
            endsWithAny("н"));

    /** Paradigms in order of preference: the first whose nominative fits a word declines it. */
    private static List<Paradigm> paradigms(Kind kind, boolean female) {
        return switch (kind) {
            case GIVEN -> female ? List.of(NOUN_IYA, NOUN_YA, NOUN_A)
                    : List.of(NOUN_IY, NOUN_Y, SOFT_M, NOUN_YA, NOUN_A, NOUN_M);
            case PATRONYMIC -> female ? List.of(NOUN_A) : List.of(NOUN_M);
            case SURNAME -> female ? List.of(SURNAME_OVA, ADJ_AYA, ADJ_YAYA)
                    : List.of(SURNAME_OV, ADJ_KIY, ADJ_NIY, ADJ_YY, ADJ_OY, NOUN_M);
            case PLACE -> List.of(ADJ_OE, ADJ_EE, ADJ_AYA, ADJ_YAYA, ADJ_KIY, ADJ_NIY, ADJ_YY, ADJ_OY, NOUN_IYA,
                    NOUN_YA, NOUN_A, SOFT_F, NOUN_M);
        };
    }

    private RussianDeclension() {
    }

    /** {@code nominative} in case {@code c}; unchanged if no paradigm fits it. */
    static String decline(String nominative, Kind kind, boolean female, RussianCase c) {
        boolean animate = kind != Kind.PLACE;
        for (Paradigm p : paradigms(kind, female)) {
            if (fits(p, nominative)) {
                return p.form(nominative.substring(0, nominative.length() - p.nominative().length()), c, animate);
            }
        }
        return nominative;
    }

    private static boolean fits(Paradigm p, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > p.nominative().length() + 1 && lower.endsWith(p.nominative())
                && p.stem().test(lower.substring(0, lower.length() - p.nominative().length()));
    }

    /** A reading of a written form: the nominative it comes from and its case. */
    record Reading(String nominative, RussianCase grammaticalCase) {
    }

    /** Names repeat within and across texts and reading them is pure: results are kept (bounded). */
    private static final int CACHE_LIMIT = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, List<Reading>> READINGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Every way {@code word} can be a case form of a word of this kind and gender. */
    static List<Reading> readings(String word, Kind kind, boolean female) {
        String key = kind + (female ? "|f|" : "|m|") + word;
        List<Reading> known = READINGS.get(key);
        if (known != null) {
            return known;
        }
        if (READINGS.size() > CACHE_LIMIT) {
            READINGS.clear();
        }
        List<Reading> computed = List.copyOf(read(word, kind, female));
        READINGS.put(key, computed);
        return computed;
    }

    private static List<Reading> read(String word, Kind kind, boolean female) {
        boolean animate = kind != Kind.PLACE;
        List<Reading> out = new ArrayList<>();
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() != word.length() || !lower.chars().allMatch(c -> c == '-' || c >= 'а' && c <= 'я' || c == 'ё')) {
            return out;
        }
        for (Paradigm p : paradigms(kind, female)) {
            for (RussianCase c : RussianCase.values()) {
                // The stem is what is left after the longest ending this case can have in this paradigm.
                for (int cut = 0; cut <= Math.min(4, lower.length() - 2); cut++) {
                    String stem = lower.substring(0, lower.length() - cut);
                    String nominative = stem + p.nominative();
                    Reading reading = new Reading(word.substring(0, stem.length()) + p.nominative(), c);
                    if (fits(p, nominative) && p.form(stem, c, animate).equals(lower) && !out.contains(reading)) {
                        out.add(reading);
                    }
                }
            }
        }
        return out;
    }

    /** The cases {@code word} can be in. */
    static Set<RussianCase> cases(List<Reading> readings) {
        Set<RussianCase> out = EnumSet.noneOf(RussianCase.class);
        readings.forEach(r -> out.add(r.grammaticalCase()));
        return out;
    }
}
