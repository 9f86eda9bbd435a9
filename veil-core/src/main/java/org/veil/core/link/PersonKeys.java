package org.veil.core.link;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The identity of one linked person, written the way a mapping store can look it up in a later document:
 * full names ("pavel voronin m": given-name key, surname stem, surname gender), and the given names and
 * surnames alone. Built with the same {@link PersonName} identity as the linker, so Паша, Pasha and Pavel, or
 * Воронина and Voronina, give the same keys, and Voronina never gives Voronin's.
 *
 * @param full     "given stem gender" for every full mention; empty if the person was only ever half named
 * @param givens   given-name keys ("pavel")
 * @param surnames "stem gender" ("voronin f")
 */
public record PersonKeys(List<String> full, List<String> givens, List<String> surnames) {

    public static PersonKeys of(List<String> mentions) {
        List<PersonName> names = new ArrayList<>();
        for (String m : mentions) {
            PersonName n = PersonName.parse(m);
            if (n != null) {
                names.add(n);
            }
        }
        Set<Gender> genders = EnumSet.allOf(Gender.class);
        for (PersonName n : names) {
            Set<Gender> both = EnumSet.copyOf(genders);
            both.retainAll(n.genders());
            if (!both.isEmpty()) {
                genders = both;
            }
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> givens = new LinkedHashSet<>();
        Set<String> surnames = new LinkedHashSet<>();
        for (PersonName n : names) {
            List<String> stems = n.surname() == null ? List.of() : stems(n.surname(), genders);
            surnames.addAll(stems);
            givens.addAll(n.givens());
            for (String g : n.givens()) {
                for (String s : stems) {
                    full.add(g + " " + s);
                }
            }
        }
        return new PersonKeys(List.copyOf(full), List.copyOf(givens), List.copyOf(surnames));
    }

    /** "stem tag" for each gender the surname form still allows; untagged when its form tells no gender. */
    private static List<String> stems(SurnameForm s, Set<Gender> genders) {
        if (s.readings().isEmpty()) {
            return List.of(s.stem());
        }
        List<String> out = new ArrayList<>();
        for (Gender g : s.readings()) {
            if (genders.contains(g)) {
                out.add(s.stem() + " " + (g == Gender.FEMALE ? "f" : "m"));
            }
        }
        if (out.isEmpty()) {
            s.readings().forEach(g -> out.add(s.stem() + " " + (g == Gender.FEMALE ? "f" : "m")));
        }
        return out;
    }
}
