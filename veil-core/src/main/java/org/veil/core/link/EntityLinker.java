package org.veil.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Mention;

/**
 * Groups non-overlapping mentions into entities. Persons link by name words (titles, possessives,
 * initials and spelling variants allowed, see {@link PersonName}); everything else by folded surface text.
 */
public final class EntityLinker {
    private EntityLinker() {
    }

    public static List<LinkedMention> link(String text, List<Mention> mentions) {
        List<PersonName> persons = new ArrayList<>();
        Map<Integer, Integer> personEntity = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        int[] next = {0};
        Map<Mention, Integer> entityOf = new HashMap<>();

        // Longest person mentions first so "Yalman" joins "Galip Yalman" rather than starting its own entity.
        List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt((Mention m) -> NameForms.nameWords(m.text(text)).size()).reversed()
                        .thenComparingInt(Mention::start))
                .toList();
        for (Mention m : people) {
            List<String> words = NameForms.nameWords(m.text(text));
            int found = -1;
            for (int i = 0; i < persons.size() && found < 0; i++) {
                if (persons.get(i).matches(words)) {
                    found = i;
                }
            }
            if (found < 0) {
                persons.add(new PersonName(words));
                found = persons.size() - 1;
                personEntity.put(found, next[0]++);
            } else {
                persons.get(found).absorb(words);
            }
            entityOf.put(m, personEntity.get(found));
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                String key = m.type() + "|" + surfaceKey(m.text(text));
                entityOf.put(m, byKey.computeIfAbsent(key, k -> next[0]++));
            }
        }
        List<LinkedMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(new LinkedMention(m, entityOf.get(m)));
        }
        return out;
    }

    /** Folded text without a leading article, so "the Ministry" and "Ministry" link. */
    static String surfaceKey(String surface) {
        StringBuilder sb = new StringBuilder();
        for (String w : surface.replaceFirst("^(?i)the\\s+", "").split("[\\s\\u00A0]+")) {
            if (!w.isEmpty()) {
                sb.append(NameForms.fold(w.replaceAll("[\\p{Punct}“”‘’]+$", ""))).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
