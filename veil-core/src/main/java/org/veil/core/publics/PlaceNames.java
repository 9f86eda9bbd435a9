package org.veil.core.publics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.recognize.ResourceLines;

/**
 * Country and capital names (English and Russian) compared by stem, so "Россия", "России" and "Россией",
 * or "Москва" and "Москве", are one name. Only asked about spans already typed as places.
 */
public final class PlaceNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern FINAL_VOWELS = Pattern.compile("[aeiouy]+$");

    private final Set<String> countries;
    private final Set<String> capitals;

    private PlaceNames(Set<String> countries, Set<String> capitals) {
        this.countries = countries;
        this.capitals = capitals;
    }

    public static PlaceNames load() {
        return new PlaceNames(keys(ResourceLines.read("/org/veil/core/publics/country-names.txt")),
                keys(ResourceLines.read("/org/veil/core/publics/capitals.txt")));
    }

    public boolean isCountry(String surface) {
        return countries.contains(key(surface));
    }

    public boolean isCapital(String surface) {
        return capitals.contains(key(surface));
    }

    /** Folded words without case endings or final vowels, "the" dropped: "the Netherlands" = "Netherlands". */
    static String key(String surface) {
        StringBuilder sb = new StringBuilder();
        Matcher w = WORD.matcher(surface);
        while (w.find()) {
            String word = w.group();
            if (word.toLowerCase(Locale.ROOT).equals("the")) {
                continue;
            }
            // Short all-capital forms (US, UK, РФ) are abbreviations: no stemming, or "US" would be "us".
            String k = word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT)) ? "#" + word
                    : FINAL_VOWELS.matcher(NameForms.fold(word)).replaceAll("");
            sb.append(sb.length() == 0 ? "" : " ").append(k);
        }
        return sb.toString();
    }

    private static Set<String> keys(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            out.add(key(line));
        }
        return out;
    }
}
