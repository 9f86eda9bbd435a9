package org.veil.core.recognize;

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

/**
 * Everyday words of English and Russian (bundled lists in {@code org/veil/core/verify/}, see
 * ORDINARY-WORDS-LICENSE.txt): the candidate sweep skips them, and name rules must not take one for a name
 * ("mark", "will"), and the English tagger uses them as a feature. Russian words are compared by a crude stem,
 * so inflected forms count as the headword. Loaded once per process, on first use.
 */
public final class EverydayWords {
    private static final String DIR = "/org/veil/core/verify/";
    /** Inflectional endings of Russian nouns, adjectives and verbs, longest first. */
    private static final String[] RUSSIAN_ENDINGS = {"ившись", "ывшись", "иями", "ями", "ами", "ого", "его",
        "ому", "ему", "ыми", "ими", "ых", "их", "ая", "яя", "ое", "ее", "ой", "ей", "ый", "ий", "ую", "юю", "ым",
        "им", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ешь", "ишь", "ете", "ите", "ет", "ит", "ут", "ют",
        "ат", "ят", "ать", "ять", "ить", "еть", "уть", "ала", "ила", "ела", "али", "или", "ели", "ало", "ило", "ал",
        "ил", "ел", "ся", "сь", "ь", "а", "я", "о", "е", "ы", "и", "у", "ю", "й"};

    private EverydayWords() {
    }

    /** Each list is read on its first use: an English text never reads the Russian one. */
    private static final class English {
        static final Set<String> WORDS = new HashSet<>(ResourceLines.read(DIR + "en-words.txt"));
    }

    private static final class Russian {
        static final Set<String> STEMS = stems();

        private static Set<String> stems() {
            Set<String> stems = new HashSet<>();
            for (String w : readGzip(DIR + "ru-words.txt.gz")) {
                stems.add(russianStem(w));
            }
            return stems;
        }
    }

    /** Whether the word, in any case, is an everyday English or Russian word. */
    public static boolean contains(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return isCyrillic(lower) ? Russian.STEMS.contains(russianStem(lower)) : English.WORDS.contains(lower);
    }

    /** Whether a lower-case word is an everyday English word. */
    public static boolean english(String lower) {
        return English.WORDS.contains(lower);
    }

    public static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** Strips one inflectional ending, keeping a stem of at least three letters. */
    public static String russianStem(String lower) {
        for (String e : RUSSIAN_ENDINGS) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
                return lower.substring(0, lower.length() - e.length());
            }
        }
        return lower;
    }

    private static Set<String> readGzip(String path) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = EverydayWords.class.getResourceAsStream(path)) {
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
