package org.veil.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.EverydayWords;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternScanner;
import org.veil.core.recognize.Specificity;

/**
 * Once an entity is known, flags every other occurrence of it that no recognizer caught: the exact surface
 * forms of places, organisations and codes, and for persons every capitalised word that names one of them
 * (so "Dimitri", "Dima" and "Дмитрию" are flagged once "Dmitri Ivanov" is known).
 */
public final class Propagator {
    static final String NAME = "linker";
    private static final PatternScanner CAPITALISED = PatternScanner.of("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}]+");
    private static final PatternScanner LOWER_CASE = PatternScanner.of("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{M}]{2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");
    private static final Set<EntityType> BY_SURFACE = Set.of(EntityType.LOCATION, EntityType.ORGANIZATION,
            EntityType.CODE, EntityType.CONTACT, EntityType.MISC, EntityType.MILITARY);

    private Propagator() {
    }

    public static List<LinkedMention> propagate(String text, List<LinkedMention> linked) {
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (LinkedMention lm : linked) {
            taken.put(lm.mention().start(), lm.mention().end());
        }
        List<LinkedMention> out = new ArrayList<>(linked);
        Map<String, LinkedMention> surfaces = new HashMap<>();
        PersonDirectory persons = new PersonDirectory();
        Map<Integer, LinkedMention> personMention = new HashMap<>();
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            String surface = m.text(text);
            if (m.type() == EntityType.PERSON) {
                PersonName name = PersonName.parse(surface);
                if (name != null) {
                    persons.add(lm.entity(), name, m.start());
                    personMention.putIfAbsent(lm.entity(), lm);
                }
            } else if (BY_SURFACE.contains(m.type()) && surface.length() >= 3 && namelike(surface)) {
                surfaces.putIfAbsent(surface, lm);
            }
        }
        for (int[] hit : SurfaceFinder.find(text, surfaces.keySet())) {
            addIfFree(out, taken, surfaces.get(text.substring(hit[0], hit[1])), hit[0], hit[1]);
        }
        Map<String, Integer> relatives = new HashMap<>();
        // Capitalised words repeat; a parse is only read here, so one per distinct word will do.
        Map<String, PersonName> parsed = new HashMap<>();
        int[] nextEntity = {linked.stream().mapToInt(LinkedMention::entity).max().orElse(-1) + 1};
        if (!personMention.isEmpty()) {
            PatternScanner.Finder words = CAPITALISED.finder(text);
            while (words.find()) {
                Matcher m = words.matcher();
                if (m.group().length() < 3 || taken.containsKey(m.start())) {
                    continue;
                }
                PersonName word = parsed.computeIfAbsent(m.group(), PersonName::parse);
                int entity = word == null ? -1 : persons.resolve(word, m.start());
                if (entity >= 0) {
                    addIfFree(out, taken, personMention.get(entity), m.start(), m.end());
                } else if (word != null && word.surname() != null && persons.relative(word)) {
                    // Voronina where only Voronin is known: another person of the family, masked as such.
                    String key = word.surname().stem() + word.genders();
                    LinkedMention like = personMention.values().iterator().next();
                    int id = relatives.computeIfAbsent(key, k -> nextEntity[0]++);
                    addIfFree(out, taken, new LinkedMention(like.mention(), id), m.start(), m.end());
                }
            }
        }
        if (!personMention.isEmpty()) {
            lowerCaseNames(text, linked, persons, personMention, taken, out);
        }
        out.sort(Comparator.comparingInt(lm -> lm.mention().start()));
        return out;
    }

    /**
     * Chats and notes are often typed without capitals: "taras" after "Taras Shevchuk". A lower-case word that is
     * a word of a known person's name, and no everyday word ("mark", "will"), is that person too.
     */
    private static void lowerCaseNames(String text, List<LinkedMention> linked, PersonDirectory persons,
                                       Map<Integer, LinkedMention> personMention, TreeMap<Integer, Integer> taken,
                                       List<LinkedMention> out) {
        Set<String> nameWords = new java.util.HashSet<>();
        for (LinkedMention lm : linked) {
            if (lm.mention().type() == EntityType.PERSON) {
                Matcher w = WORD.matcher(lm.mention().text(text));
                while (w.find()) {
                    nameWords.add(NameKey.of(w.group()));
                }
            }
        }
        if (nameWords.isEmpty()) {
            return;
        }
        Map<String, PersonName> parsed = new HashMap<>();
        // A text repeats its words: each is keyed once (the key folds spellings, which takes several regexes).
        Map<String, Boolean> isNameWord = new HashMap<>();
        PatternScanner.Finder words = LOWER_CASE.finder(text);
        while (words.find()) {
            Matcher m = words.matcher();
            if (taken.containsKey(m.start())
                    || !isNameWord.computeIfAbsent(m.group(), w -> nameWords.contains(NameKey.of(w)))
                    || EverydayWords.contains(m.group())) {
                continue;
            }
            String word = m.group();
            PersonName name = parsed.computeIfAbsent(word,
                    w -> PersonName.parse(w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1)));
            int entity = name == null ? -1 : persons.resolve(name, m.start());
            if (entity >= 0) {
                addIfFree(out, taken, personMention.get(entity), m.start(), m.end());
            }
        }
    }

    /** Only names and codes are searched for again: lower-case phrases recur without meaning the same thing. */
    private static boolean namelike(String surface) {
        return surface.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static void addIfFree(List<LinkedMention> out, TreeMap<Integer, Integer> taken, LinkedMention like,
                                  int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(end - 1);
        if (before != null && before.getValue() > start) {
            return;
        }
        Mention src = like.mention();
        IdentifierKind kind = src.kind();
        out.add(new LinkedMention(new Mention(start, end, src.type(), kind, src.confidence() * 0.9, NAME,
                Specificity.STATISTICAL), like.entity()));
        taken.put(start, end);
    }
}
