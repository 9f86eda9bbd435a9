package org.veil.core.link;

import java.util.ArrayList;
import java.util.List;

/**
 * The persons of one document and where each was named. A short mention goes to the compatible person
 * named nearest before it by the same kind of word ("Voronin" to whoever last had that surname), preferring
 * the gender the form most likely has (Воронина: the woman, before the man's genitive).
 */
final class PersonDirectory {
    /** One person: its name so far and the positions of mentions that gave a given name or a surname. */
    private static final class Person {
        final int entity;
        final PersonName name;
        final List<Integer> givenAt = new ArrayList<>();
        final List<Integer> surnameAt = new ArrayList<>();

        Person(int entity, PersonName name) {
            this.entity = entity;
            this.name = name;
        }
    }

    private final List<Person> persons = new ArrayList<>();

    /** The entity a parsed mention at {@code position} belongs to, or -1 if no known person fits. */
    int resolve(PersonName m, int position) {
        Person p = best(m, position);
        if (p == null && !m.full()) {
            PersonName other = m.otherReading();
            if (other != null) {
                p = best(other, position);
            }
        }
        return p == null ? -1 : p.entity;
    }

    /** Whether a known person has the surname of {@code m} in some gender (Voronina when Voronin is known). */
    boolean relative(PersonName m) {
        return persons.stream().anyMatch(p -> m.sharesSurname(p.name));
    }

    private Person best(PersonName m, int position) {
        List<Person> fits = new ArrayList<>();
        for (Person p : persons) {
            if (m.compatible(p.name)) {
                fits.add(p);
            }
        }
        Gender lean = m.surnameLean();
        if (lean != null && fits.stream().anyMatch(p -> p.name.genders().contains(lean))) {
            fits.removeIf(p -> !p.name.genders().contains(lean));
        }
        boolean bySurname = m.surname() != null;
        Person best = null;
        long bestScore = Long.MIN_VALUE;
        for (Person p : fits) {
            long score = score(bySurname ? p.surnameAt : p.givenAt, position);
            if (score == Long.MIN_VALUE) {
                score = score(bySurname ? p.givenAt : p.surnameAt, position);
            }
            if (best == null || score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** Higher is nearer: the latest position before, else the earliest after (ranked below any before). */
    private static long score(List<Integer> at, int position) {
        long s = Long.MIN_VALUE;
        for (int a : at) {
            long v = a <= position ? a : -(long) Integer.MAX_VALUE - a;
            s = Math.max(s, v);
        }
        return s;
    }

    /** Records a mention of a known entity, or starts a new person. */
    void add(int entity, PersonName m, int position) {
        Person p = null;
        for (Person q : persons) {
            if (q.entity == entity) {
                p = q;
            }
        }
        if (p == null) {
            p = new Person(entity, m);
            persons.add(p);
        } else {
            p.name.absorb(m);
        }
        if (!m.givens().isEmpty()) {
            p.givenAt.add(position);
        }
        if (m.surname() != null) {
            p.surnameAt.add(position);
        }
    }
}
