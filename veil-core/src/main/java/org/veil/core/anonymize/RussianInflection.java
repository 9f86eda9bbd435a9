package org.veil.core.anonymize;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.veil.core.anonymize.RussianDeclension.Kind;
import org.veil.core.anonymize.RussianDeclension.Reading;
import org.veil.core.recognize.ResourceLines;

/**
 * Finds the grammatical case of the mention a Russian stand-in replaces, so the stand-in can be put into it:
 * "позвонил Марии Вороновой" is dative, so the stand-in reads "позвонил Надежде Тимофеевой". Every word of
 * the mention narrows the case down (a woman's "Вороновой" may be four cases, "Марии" three, together still
 * three); the preposition before it narrows further ("у" wants the genitive); what remains is decided by
 * whether a verb or a noun comes before ("позвонил Марии" is dative, "дочь Марии" genitive).
 */
final class RussianInflection {
    private static final Set<String> GIVEN_NAMES = ResourceLines.read("/org/veil/core/ru/given-names.txt").stream()
            .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private RussianInflection() {
    }

    /** Whether a written word is a case form of a known Russian given name ("Дмитрию" of "Дмитрий"). */
    static boolean isGivenName(String word, boolean female) {
        return RussianDeclension.readings(word, Kind.GIVEN, female).stream()
                .anyMatch(r -> GIVEN_NAMES.contains(r.nominative().toLowerCase(Locale.ROOT)));
    }

    /** Every nominative a written name word can come from, as a given name or a surname of either gender. */
    static Set<String> nominatives(String word) {
        Set<String> out = new java.util.HashSet<>();
        for (Kind kind : List.of(Kind.GIVEN, Kind.SURNAME)) {
            for (boolean female : new boolean[]{false, true}) {
                RussianDeclension.readings(word, kind, female).forEach(r -> out.add(r.nominative()));
            }
        }
        return out;
    }

    /** The readings of a word; for given names only those of a known name, when there is one. */
    private static Set<RussianCase> cases(String word, Kind kind, boolean female) {
        List<Reading> readings = RussianDeclension.readings(word, kind, female);
        if (kind == Kind.GIVEN) {
            List<Reading> known = readings.stream()
                    .filter(r -> GIVEN_NAMES.contains(r.nominative().toLowerCase(Locale.ROOT))).toList();
            if (!known.isEmpty()) {
                readings = known;
            }
        }
        // Any consonant-final word could be a nominative ("Соколовым" of a name "Соколовым"); a word that is
        // also a regular case form of something is read as that form.
        if (readings.stream().anyMatch(r -> r.grammaticalCase() != RussianCase.NOMINATIVE)) {
            readings = readings.stream().filter(r -> r.grammaticalCase() != RussianCase.NOMINATIVE).toList();
        }
        return RussianDeclension.cases(readings);
    }

    /**
     * The case of a mention.
     *
     * @param words  the mention's words (initials and Latin words tell nothing and are skipped)
     * @param kinds  what each word is
     * @param before the word just before the mention, lower case, or ""
     */
    static RussianCase caseOf(List<String> words, List<Kind> kinds, boolean female, String before) {
        Set<RussianCase> common = EnumSet.allOf(RussianCase.class);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < 2 || !w.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC || c == '-')) {
                continue;
            }
            Set<RussianCase> these = cases(w, kinds.get(i), female);
            Set<RussianCase> both = EnumSet.copyOf(common);
            both.retainAll(these);
            // A word no paradigm explains (or an odd pair) must not wipe out what the others say.
            if (!both.isEmpty()) {
                common = both;
            }
        }
        return choose(common, before);
    }

    /** One case out of those a form allows, by the word before it. */
    static RussianCase choose(Set<RussianCase> allowed, String before) {
        List<RussianCase> governed = RussianCase.after(before);
        if (!governed.isEmpty()) {
            return governed.stream().filter(allowed::contains).findFirst().orElse(governed.get(0));
        }
        Set<RussianCase> cases = EnumSet.copyOf(allowed);
        // No preposition: not the prepositional, unless nothing else fits.
        cases.remove(RussianCase.PREPOSITIONAL);
        if (cases.isEmpty()) {
            cases = EnumSet.copyOf(allowed);
        }
        List<RussianCase> order = RussianCase.looksLikeVerb(before)
                ? List.of(RussianCase.DATIVE, RussianCase.ACCUSATIVE, RussianCase.INSTRUMENTAL, RussianCase.GENITIVE,
                RussianCase.NOMINATIVE, RussianCase.PREPOSITIONAL)
                : List.of(RussianCase.NOMINATIVE, RussianCase.GENITIVE, RussianCase.PREPOSITIONAL,
                RussianCase.ACCUSATIVE, RussianCase.DATIVE, RussianCase.INSTRUMENTAL);
        for (RussianCase c : order) {
            if (cases.contains(c)) {
                return c;
            }
        }
        return RussianCase.NOMINATIVE;
    }
}
