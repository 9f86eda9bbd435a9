package org.veil.core.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.core.link.NameForms;
import org.veil.core.recognize.ResourceLines;

/**
 * Words of names that are public by nature, from the lists behind {@link org.veil.core.publics.PublicEntities}
 * and the place lexicons: countries, cities, public bodies, and the surnames of public figures ("Moscow",
 * "Putin", "Москвы"). Compared folded, so case, transliteration and Russian endings do not matter.
 */
final class PublicWords {
    private static final String CORE = "/org/veil/core/";
    private final Set<String> folded;

    private PublicWords(Set<String> folded) {
        this.folded = folded;
    }

    static PublicWords load() {
        Set<String> words = new HashSet<>();
        for (String list : List.of("publics/countries.txt", "publics/institution-heads.txt",
                "publics/institution-qualifiers.txt", "publics/public-names.txt", "lexicon/cities.txt",
                "lexicon/nationalities.txt", "ru/places.txt", "ru/nationalities.txt")) {
            for (String line : ResourceLines.read(CORE + list)) {
                for (String w : line.split("[^\\p{L}\\p{N}\\p{M}]+")) {
                    if (!w.isEmpty()) {
                        words.add(NameForms.fold(w));
                    }
                }
            }
        }
        // Only the surname of a public figure: "Vladimir" alone may well be somebody else.
        for (String line : ResourceLines.read(CORE + "publics/public-figures.txt")) {
            List<String> name = NameForms.nameWords(line);
            if (!name.isEmpty()) {
                words.add(NameForms.fold(name.get(name.size() - 1)));
            }
        }
        return new PublicWords(words);
    }

    boolean contains(String word) {
        return folded.contains(NameForms.fold(word));
    }
}
