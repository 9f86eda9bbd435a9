package org.veil.core.verify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.veil.core.recognize.EverydayWords;
import org.veil.core.recognize.ResourceLines;

/**
 * Everyday words of English and Russian ({@link EverydayWords}), plus the given names and surnames Veil knows, so
 * that a capitalised "The" is not a candidate while a capitalised "Mark" mid-sentence still is.
 */
final class OrdinaryWords {
    private final Set<String> personNames;

    private OrdinaryWords(Set<String> personNames) {
        this.personNames = personNames;
    }

    static OrdinaryWords load() {
        Set<String> names = new HashSet<>();
        for (String list : new String[] {"surrogate/en-male.txt", "surrogate/en-female.txt",
            "surrogate/en-surnames.txt", "surrogate/ru-male.txt", "surrogate/ru-female.txt",
            "surrogate/ru-surnames.txt", "ru/given-names.txt"}) {
            for (String line : ResourceLines.read("/org/veil/core/" + list)) {
                for (String w : line.split("\\s+")) {
                    names.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new OrdinaryWords(names);
    }

    /** Whether the word, in any case, is an everyday English or Russian word. */
    boolean contains(String word) {
        return EverydayWords.contains(word);
    }

    /** Whether the word is also a known given name or surname ("Mark", "Rose", "Smith"). */
    boolean isPersonName(String word) {
        return personNames.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCyrillic(String word) {
        return EverydayWords.isCyrillic(word);
    }

    static String russianStem(String lower) {
        return EverydayWords.russianStem(lower);
    }
}
