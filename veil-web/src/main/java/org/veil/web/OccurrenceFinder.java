package org.veil.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.link.PersonName;
import org.veil.core.link.SpellingIndex;
import org.veil.core.link.SurfaceFinder;
import org.veil.core.model.EntityType;

/**
 * Where else a phrase the reviewer marked occurs: the exact surface ({@link SurfaceFinder}), the same words in
 * another spelling or case form ("Dmitri Sokolov" / "Dimitri Sokolov", "Соколов" / "Соколова", compared with
 * {@link NameForms#similar}), and for persons each name word on its own when capitalised ("Sokolov"), found
 * through a {@link SpellingIndex} as the linker does. For persons, the linker's own rule decides who is who
 * ({@link PersonName#compatible}): a hypocorism or the other script of the given name is found ("Лёша" for
 * "Alexei Voronin"), and a name of the other gender is not ("Marina Voronina" for "Pavel Voronin").
 * Offsets are UTF-16 [start, end) pairs.
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
        List<int[]> variants = new ArrayList<>();
        if (!wanted.isEmpty()) {
            variants.addAll(sequences(text, words, wanted));
        }
        PersonName person = type == EntityType.PERSON ? PersonName.parse(phrase) : null;
        if (type == EntityType.PERSON && wanted.size() > 1) {
            variants.addAll(nameWords(words, wanted));
        }
        if (person != null) {
            Runs runs = namedRuns(text, words, person);
            variants.removeIf(h -> !samePerson(text.substring(h[0], h[1]), person)
                    || runs.others().stream().anyMatch(o -> o[0] <= h[0] && h[1] <= o[1]));
            variants.addAll(runs.named());
        }
        hits.addAll(variants);
        return leftmostLongest(hits);
    }

    /**
     * A similar-looking name is dropped only when the linker is sure it is someone else of the other gender
     * ("Voronina" for Pavel Voronin: his wife or daughter); a case form it cannot read stays, recall first.
     */
    private static boolean samePerson(String found, PersonName person) {
        PersonName name = PersonName.parse(found);
        return name == null || name.compatible(person)
                || name.genders().stream().anyMatch(person.genders()::contains);
    }

    /** Where the person is named, and where somebody else is named in full. */
    private record Runs(List<int[]> named, List<int[]> others) {
    }

    /**
     * Runs of one to three capitalised words, a space apart, that the linker would link to the person. A full
     * name of somebody else is passed over whole: its surname alone ("Алексею Воронину") is not hers.
     */
    private static Runs namedRuns(String text, List<Word> words, PersonName person) {
        List<int[]> out = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                if (!capitalisedRun(text, words, i, n)) {
                    continue;
                }
                Word last = words.get(i + n - 1);
                PersonName name = PersonName.parse(text.substring(words.get(i).start(), last.end()));
                if (name != null && name.compatible(person)) {
                    out.add(new int[] {words.get(i).start(), withoutPossessive(last, "")});
                    i += n - 1;
                    break;
                }
                if (n > 1 && name != null && name.full()) {
                    others.add(new int[] {words.get(i).start(), last.end()});
                    i += n - 1;
                    break;
                }
            }
        }
        return new Runs(out, others);
    }

    private static boolean capitalisedRun(String text, List<Word> words, int from, int n) {
        for (int k = from; k < from + n; k++) {
            Word w = words.get(k);
            if (!Character.isUpperCase(w.text().codePointAt(0)) || (n == 1 && w.text().length() < 3)
                    || NameForms.isInitial(w.text())
                    || (k > from && !text.substring(words.get(k - 1).end(), w.start()).isBlank())) {
                return false;
            }
        }
        return true;
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
