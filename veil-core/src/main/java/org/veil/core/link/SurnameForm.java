package org.veil.core.link;

import java.util.List;

/**
 * A surname as its masculine stem and the genders its form can have, most likely first. Russian surnames
 * in -ов/-ев/-ин and -ский have a feminine form (Воронина, Соколова, Вишневская) that is a different person
 * from the masculine one; in Cyrillic text some case forms are shared (Воронина is the feminine nominative
 * and the masculine genitive), so those carry both readings. Surnames of no such shape carry none.
 *
 * @param stem     the Latin key of the masculine nominative ("voronin", "sokolov", "vishnevski")
 * @param readings possible genders, most likely first; empty when the form does not tell
 */
public record SurnameForm(String stem, List<Gender> readings) {
    private static final List<Gender> M = List.of(Gender.MALE);
    private static final List<Gender> F = List.of(Gender.FEMALE);
    private static final List<Gender> FM = List.of(Gender.FEMALE, Gender.MALE);
    private static final List<Gender> MF = List.of(Gender.MALE, Gender.FEMALE);

    /** Cyrillic endings of -ов/-ев/-ин surnames, as Latin keys, with the genders each case form allows. */
    private static final String[][] POSSESSIVE_ENDINGS = {
        {"oiu", "F"}, {"oi", "F"}, {"im", "M"}, {"om", "M"}, {"a", "FM"}, {"u", "MF"}, {"e", "M"}, {"", "M"}};
    /** Cyrillic endings of -ский/-цкий surnames (after "sk"), as Latin keys. */
    private static final String[][] ADJECTIVE_ENDINGS = {
        {"ogo", "M"}, {"omu", "M"}, {"im", "M"}, {"om", "M"}, {"aia", "F"}, {"uiu", "F"}, {"oi", "F"},
        {"a", "F"}, {"i", "M"}};

    public static SurnameForm of(String word) {
        String k = NameKey.of(word);
        boolean cyr = NameKey.cyrillic(word);
        if (!cyr) {
            // Latin text does not decline Russian surnames: only the two nominatives are told apart.
            for (String[] e : new String[][] {{"skaia", "F"}, {"skaa", "F"}, {"ska", "F"}, {"ski", "M"}}) {
                if (k.endsWith(e[0]) && k.length() - e[0].length() >= 2) {
                    return new SurnameForm(k.substring(0, k.length() - e[0].length()) + "ski", genders(e[1]));
                }
            }
            for (String suffix : new String[] {"ov", "ev", "in"}) {
                if (k.endsWith(suffix + "a") && k.length() >= suffix.length() + 3) {
                    return new SurnameForm(k.substring(0, k.length() - 1), F);
                }
                if (k.endsWith(suffix) && k.length() >= suffix.length() + 2) {
                    return new SurnameForm(k, M);
                }
            }
            return new SurnameForm(k, List.of());
        }
        for (String[] e : ADJECTIVE_ENDINGS) {
            String ending = "sk" + e[0];
            if (k.endsWith(ending) && k.length() - ending.length() >= 2) {
                return new SurnameForm(k.substring(0, k.length() - ending.length()) + "ski", genders(e[1]));
            }
        }
        for (String[] e : POSSESSIVE_ENDINGS) {
            for (String suffix : new String[] {"ov", "ev", "in"}) {
                String ending = suffix + e[0];
                if (k.endsWith(ending) && k.length() - ending.length() >= 2) {
                    return new SurnameForm(k.substring(0, k.length() - e[0].length()), genders(e[1]));
                }
            }
        }
        return new SurnameForm(k, List.of());
    }

    private static List<Gender> genders(String code) {
        return switch (code) {
            case "M" -> M;
            case "F" -> F;
            case "FM" -> FM;
            default -> MF;
        };
    }

    /** Whether this form can denote someone of the given gender (a form of no shape can denote anyone). */
    public boolean allows(Gender g) {
        return readings.isEmpty() || readings.contains(g);
    }
}
