package org.veil.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.link.SpellingIndex;
import org.veil.core.link.SurfaceFinder;
import org.veil.core.model.EntityType;

/**
 * Where else a phrase the reviewer marked occurs: the exact surface ({@link SurfaceFinder}), the same words in
 * another spelling or case form ("Dmitri Sokolov" / "Dimitri Sokolov", "Соколов" / "Соколова", compared with
 * {@link NameForms#similar}), and for persons each name word on its own when capitalised ("Sokolov"), found
 * through a {@link SpellingIndex} as the linker does. Offsets are UTF-16 [start, end) pairs.
 */
final class OccurrenceFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");

    private OccurrenceFinder() {
    }

    private record Word(int start, int end, String text) {
    }

    static List<int[]> find(String text, String phrase, EntityType type) {
        List<int[]> hits = new ArrayList<>(SurfaceFinder.find(text, List.of(phrase)));
        List<Word> words = words(text);
        List<String> wanted = words(phrase).stream().map(Word::text).toList();
        if (type == EntityType.PERSON) {
            wanted = wanted.stream().filter(w -> !NameForms.TITLES.contains(w.toLowerCase(Locale.ROOT))).toList();
        }
        if (!wanted.isEmpty()) {
            hits.addAll(sequences(text, words, wanted));
        }
        if (type == EntityType.PERSON && wanted.size() > 1) {
            hits.addAll(nameWords(words, wanted));
        }
        return leftmostLongest(hits);
    }

    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** Runs of consecutive words, separated by spaces only, each a spelling or case form of the wanted word. */
    private static List<int[]> sequences(String text, List<Word> words, List<String> wanted) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + wanted.size() <= words.size(); i++) {
            boolean match = true;
            for (int k = 0; k < wanted.size() && match; k++) {
                Word w = words.get(i + k);
                match = NameForms.similar(w.text(), wanted.get(k))
                        && (k == 0 || text.substring(words.get(i + k - 1).end(), w.start()).isBlank());
            }
            if (match) {
                out.add(new int[] {words.get(i).start(), withoutPossessive(words.get(i + wanted.size() - 1),
                        wanted.get(wanted.size() - 1))});
            }
        }
        return out;
    }

    /** A person's surname or given name alone, capitalised, in any spelling or case form. */
    private static List<int[]> nameWords(List<Word> words, List<String> wanted) {
        SpellingIndex<String> index = new SpellingIndex<>();
        for (String w : wanted) {
            if (w.length() >= 3 && !NameForms.isInitial(w)) {
                index.put(NameForms.fold(w), w);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (Word w : words) {
            String known = Character.isUpperCase(w.text().codePointAt(0)) ? index.find(w.text()) : null;
            if (known != null) {
                out.add(new int[] {w.start(), withoutPossessive(w, known)});
            }
        }
        return out;
    }

    /** A possessive "'s" stays outside the mention ("zhenya's" → "zhenya"), as the analyzer does. */
    private static int withoutPossessive(Word w, String wanted) {
        String t = w.text();
        boolean possessive = t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"));
        return possessive && !(wanted.endsWith("'s") || wanted.endsWith("’s")) ? w.end() - 2 : w.end();
    }

    private static List<int[]> leftmostLongest(List<int[]> hits) {
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
        List<int[]> out = new ArrayList<>();
        int end = -1;
        for (int[] h : hits) {
            if (h[0] >= end) {
                out.add(h);
                end = h[1];
            }
        }
        return out;
    }
}
