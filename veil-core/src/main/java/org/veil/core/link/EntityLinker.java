package org.veil.core.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;

/**
 * Groups non-overlapping mentions into entities. Persons link by name identity (titles, patronymics,
 * scripts, spellings, case forms and hypocorisms allowed; surname gender respected; see {@link PersonName});
 * everything else by folded surface text.
 */
public final class EntityLinker {
    private EntityLinker() {
    }

    public static List<LinkedMention> link(String text, List<Mention> mentions) {
        Map<Mention, Integer> entityOf = new HashMap<>();
        Map<Mention, Mention> retyped = new HashMap<>();
        int[] next = {0};
        PersonDirectory directory = new PersonDirectory();
        List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        Map<Mention, PersonName> names = new HashMap<>();
        people.forEach(m -> names.put(m, PersonName.parse(m.text(text))));
        // Full names first, in text order, so short mentions can join the person named nearest before them.
        for (Mention m : people) {
            PersonName n = names.get(m);
            if (n != null && n.full()) {
                int found = directory.resolve(n, m.start());
                int id = found >= 0 ? found : next[0]++;
                directory.add(id, n, m.start());
                entityOf.put(m, id);
            }
        }
        // Then lone names in text order; a place or organisation that is really a named person's name
        // ("Marina" after "Marina Kuznetsova") is retyped and joins that person.
        for (Mention m : mentions) {
            if (entityOf.containsKey(m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                PersonName n = names.get(m);
                if (n != null && CaseContext.rulesOutNominative(text, m.start(), m.end())) {
                    n.ruleOutNominative();
                }
                int found = n == null ? -1 : directory.resolve(n, m.start());
                int id = found >= 0 ? found : next[0]++;
                if (n != null) {
                    directory.add(id, n, m.start());
                }
                entityOf.put(m, id);
            } else if (RETYPABLE.contains(m.type()) && personShaped(m.text(text))) {
                PersonName n = PersonName.parse(m.text(text));
                int found = n == null ? -1 : directory.resolve(n, m.start());
                if (found >= 0) {
                    directory.add(found, n, m.start());
                    entityOf.put(m, found);
                    retyped.put(m, new Mention(m.start(), m.end(), EntityType.PERSON, IdentifierKind.DIRECT,
                            m.confidence(), m.recognizer(), m.specificity()));
                }
            }
        }
        Map<String, Integer> byKey = new HashMap<>();
        for (Mention m : mentions) {
            if (!entityOf.containsKey(m)) {
                String key = m.type() + "|" + surfaceKey(m.text(text));
                entityOf.put(m, byKey.computeIfAbsent(key, k -> next[0]++));
            }
        }
        List<LinkedMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(new LinkedMention(retyped.getOrDefault(m, m), entityOf.get(m)));
        }
        return out;
    }

    /** Types a statistical model may give a person's name by mistake. */
    private static final Set<EntityType> RETYPABLE = Set.of(EntityType.LOCATION, EntityType.ORGANIZATION,
            EntityType.MISC);

    /** One to three capitalised words: a surface that could be a person's name. */
    private static boolean personShaped(String surface) {
        String[] words = NameForms.SPACES.split(surface.strip());
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’]+$");

    /** Folded text without a leading article, so "the Ministry" and "Ministry" link. */
    static String surfaceKey(String surface) {
        StringBuilder sb = new StringBuilder();
        for (String w : NameForms.SPACES.split(LEADING_THE.matcher(surface).replaceFirst(""))) {
            if (!w.isEmpty()) {
                sb.append(NameForms.fold(TRAILING_PUNCTUATION.matcher(w).replaceAll(""))).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
