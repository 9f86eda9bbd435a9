package org.veil.core.recognize.quasi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veil.core.recognize.ResourceLines;

/**
 * A phrase list matched on word boundaries, case-insensitively, longest phrase first. Phrases are stored as
 * lower-case word sequences joined by single spaces so lookup is one hash probe per n-gram.
 */
public final class Lexicon {
    private final Set<String> phrases = new HashSet<>();
    /** Every first word, first two words… of a phrase that has more words after them. */
    private final Set<String> beginnings = new HashSet<>();
    private int longest;

    private Lexicon() {
    }

    public static Lexicon of(List<String> entries, boolean inflectPlurals) {
        Lexicon lx = new Lexicon();
        for (String e : entries) {
            String key = normalise(e);
            lx.add(key);
            if (inflectPlurals) {
                lx.add(plural(key));
            }
        }
        return lx;
    }

    public static Lexicon resource(String name, boolean inflectPlurals) {
        return of(ResourceLines.read("/org/veil/core/lexicon/" + name), inflectPlurals);
    }

    private void add(String key) {
        phrases.add(key);
        longest = Math.max(longest, key.split(" ").length);
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            beginnings.add(key.substring(0, space));
        }
    }

    /** Whether some phrase starts with these words and goes on: a longer phrase may still match. */
    public boolean startsLonger(String phrase) {
        return beginnings.contains(phrase);
    }

    public boolean contains(String phrase) {
        return phrases.contains(phrase);
    }

    public int longest() {
        return longest;
    }

    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.indexOf(' ') < 0 && lower.indexOf('\t') < 0 && lower.indexOf('\n') < 0 ? lower
                : String.join(" ", lower.strip().split("\\s+"));
    }

    /** English plural of the last word: teacher→teachers, policeman→policemen, secretary→secretaries. */
    static String plural(String phrase) {
        int cut = phrase.lastIndexOf(' ') + 1;
        String head = phrase.substring(0, cut);
        String w = phrase.substring(cut);
        if (w.endsWith("man")) {
            return head + w.substring(0, w.length() - 3) + "men";
        }
        if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return head + w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            return head + w + "es";
        }
        return head + w + "s";
    }
}
