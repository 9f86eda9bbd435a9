package org.veil.core.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.core.link.NameForms;
import org.veil.core.publics.PublicEntities;
import org.veil.core.recognize.ResourceLines;

/**
 * Words of names that are public by nature, from the lists behind {@link PublicEntities} and the place
 * lexicons: countries, cities, public bodies ("Moscow", "Москвы"), compared folded so case, transliteration
 * and Russian endings do not matter. Public figures are judged by {@link PublicEntities} itself, so the
 * sweep and detection agree on which names are public: a distinctive surname alone ("Putin"), a common one
 * only with the given name ("Dmitry Medvedev", not a lone "Medvedev").
 */
final class PublicWords {
    private static final String CORE = "/org/veil/core/";
    private final Set<String> folded;
    private final PublicEntities entities;

    private PublicWords(Set<String> folded, PublicEntities entities) {
        this.folded = folded;
        this.entities = entities;
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
        return new PublicWords(words, PublicEntities.load());
    }

    /** A public word on its own: a place, a body, or a public figure's distinctive surname. */
    boolean contains(String word) {
        return folded.contains(NameForms.fold(word)) || entities.namesPublicFigure(List.of(word));
    }

    /** Whether consecutive name words name a public figure ("Vladimir Putin", "Dmitry Medvedev"). */
    boolean namesFigure(List<String> words) {
        return words.size() > 1 && entities.namesPublicFigure(words);
    }
}
