package org.veil.core.recognize.en;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veil.core.link.GivenNames;
import org.veil.core.recognize.EverydayWords;
import org.veil.core.recognize.ResourceLines;

/**
 * Dictionary marks of an English word, from lists Veil already ships: given names and surnames (the stand-in
 * lists and the given-name table), places (countries, capitals, cities), heads of institution names ("court",
 * "ministry") and the everyday-English word list, which tells "Court" or "Tuesday" from a name.
 */
final class EnglishGazetteer {
    static final int GIVEN = 1;
    static final int SURNAME = 2;
    static final int PLACE = 4;
    static final int ORG_HEAD = 8;
    static final int COMMON = 16;
    static final int TITLE = 32;
    static final int ORG_SUFFIX = 64;
    static final List<String> NAMES = List.of("given", "surname", "place", "orghead", "common", "title", "orgsuffix");
    private static final Set<String> ORG_SUFFIXES = Set.of("ltd", "ltd.", "plc", "inc", "inc.", "llc", "llp", "ab",
            "ag", "gmbh", "sa", "s.a.", "srl", "spa", "bv", "nv", "oy", "as", "asa", "corp", "corp.", "co", "co.",
            "group", "holdings", "limited", "company", "bank", "foundation", "association", "union", "party",
            "university", "institute", "council", "ministry", "agency", "committee", "media", "news", "press");

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "judge",
            "justice", "sir", "lord", "lady", "president", "minister", "general", "colonel", "captain", "officer",
            "inspector", "sergeant", "mr.", "mrs.", "ms.", "dr.", "prof.", "senator", "governor", "mayor", "king",
            "queen", "prince", "princess", "father", "sister", "brother", "uncle", "aunt", "st", "st.", "saint");

    private static volatile EnglishGazetteer bundled;

    private final Set<String> given = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    /** Demonyms and ethnic groups ("russian", "kurds"): the nationality rule, with its public context, owns them. */
    private final Set<String> nationalities = new HashSet<>();

    static EnglishGazetteer bundled() {
        if (bundled == null) {
            synchronized (EnglishGazetteer.class) {
                if (bundled == null) {
                    bundled = new EnglishGazetteer();
                }
            }
        }
        return bundled;
    }

    private EnglishGazetteer() {
        lower(given, "/org/veil/core/surrogate/en-male.txt", "/org/veil/core/surrogate/en-female.txt");
        for (GivenNames.Entry e : GivenNames.table()) {
            for (String v : e.variants()) {
                if (isLatin(v)) {
                    given.add(v.toLowerCase(Locale.ROOT));
                }
            }
            if (isLatin(e.fullName())) {
                given.add(e.fullName().toLowerCase(Locale.ROOT));
            }
        }
        lower(surnames, "/org/veil/core/surrogate/en-surnames.txt");
        for (String path : List.of("/org/veil/core/publics/country-names.txt", "/org/veil/core/publics/capitals.txt",
                "/org/veil/core/publics/countries.txt", "/org/veil/core/lexicon/cities.txt",
                "/org/veil/core/surrogate/places.txt")) {
            for (String line : ResourceLines.read(path)) {
                for (String w : line.split("[\\s,]+")) {
                    if (w.length() > 2 && Character.isLetter(w.charAt(0))) {
                        places.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        lower(orgHeads, "/org/veil/core/publics/institution-heads.txt");
        lower(nationalities, "/org/veil/core/lexicon/nationalities.txt");
    }

    /** Whether a word, in any case, is a demonym or an ethnic group (singular or plural). */
    boolean nationality(String lower) {
        return nationalities.contains(lower) || lower.endsWith("s") && nationalities.contains(lower.substring(0,
                lower.length() - 1));
    }

    private static boolean isLatin(String w) {
        return !w.isEmpty() && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static void lower(Set<String> into, String... paths) {
        for (String p : paths) {
            for (String line : ResourceLines.read(p)) {
                into.add(line.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The marks of a word; {@code lower} is its lower-case form. */
    int marks(String word, String lower) {
        if (!Character.isLetter(word.charAt(0))) {
            return 0;
        }
        int m = 0;
        if (given.contains(lower)) {
            m |= GIVEN;
        }
        if (surnames.contains(lower)) {
            m |= SURNAME;
        }
        if (places.contains(lower)) {
            m |= PLACE;
        }
        if (orgHeads.contains(lower)) {
            m |= ORG_HEAD;
        }
        if (EverydayWords.english(lower)) {
            m |= COMMON;
        }
        if (TITLES.contains(lower)) {
            m |= TITLE;
        }
        if (ORG_SUFFIXES.contains(lower)) {
            m |= ORG_SUFFIX;
        }
        return m;
    }
}
