package org.veil.core.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.veil.core.recognize.ResourceLines;

/**
 * Everyday words of English and Russian (bundled lists, see ORDINARY-WORDS-LICENSE.txt), plus the given names
 * and surnames Veil knows, so that a capitalised "The" is not a candidate while a capitalised "Mark" mid-sentence
 * still is. Russian words are compared by a crude stem, so inflected forms count as the dictionary headword.
 */
final class OrdinaryWords {
    private static final String DIR = "/org/veil/core/verify/";
    /** Inflectional endings of Russian nouns, adjectives and verbs, longest first. */
    private static final String[] RUSSIAN_ENDINGS = {"ившись", "ывшись", "иями", "ями", "ами", "ого", "его",
        "ому", "ему", "ыми", "ими", "ых", "их", "ая", "яя", "ое", "ее", "ой", "ей", "ый", "ий", "ую", "юю", "ым",
        "им", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ешь", "ишь", "ете", "ите", "ет", "ит", "ут", "ют",
        "ат", "ят", "ать", "ять", "ить", "еть", "уть", "ала", "ила", "ела", "али", "или", "ели", "ало", "ило", "ал",
        "ил", "ел", "ся", "сь", "ь", "а", "я", "о", "е", "ы", "и", "у", "ю", "й"};

    private final Set<String> english;
    private final Set<String> russianStems;
    private final Set<String> personNames;

    private OrdinaryWords(Set<String> english, Set<String> russianStems, Set<String> personNames) {
        this.english = english;
        this.russianStems = russianStems;
        this.personNames = personNames;
    }

    static OrdinaryWords load() {
        Set<String> english = new HashSet<>(ResourceLines.read(DIR + "en-words.txt"));
        Set<String> russian = new HashSet<>();
        for (String w : readGzip(DIR + "ru-words.txt.gz")) {
            russian.add(russianStem(w));
        }
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
        return new OrdinaryWords(english, russian, names);
    }

    /** Whether the word, in any case, is an everyday English or Russian word. */
    boolean contains(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (english.contains(lower)) {
            return true;
        }
        return isCyrillic(lower) && russianStems.contains(russianStem(lower));
    }

    /** Whether the word is also a known given name or surname ("Mark", "Rose", "Smith"). */
    boolean isPersonName(String word) {
        return personNames.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** Strips one inflectional ending, keeping a stem of at least three letters. */
    static String russianStem(String lower) {
        for (String e : RUSSIAN_ENDINGS) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
                return lower.substring(0, lower.length() - e.length());
            }
        }
        return lower;
    }

    private static Set<String> readGzip(String path) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = OrdinaryWords.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
        return out;
    }
}
