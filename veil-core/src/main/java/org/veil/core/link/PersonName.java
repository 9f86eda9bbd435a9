package org.veil.core.link;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one mention, or everything linked so far, tells of a person's name: the full given names it may be
 * (hypocorisms, scripts, spellings and case forms resolved through {@link GivenNames}), or an initial; the
 * surname as a masculine stem with its gender readings ({@link SurnameForm}); and the genders still
 * possible, narrowed by title, patronymic, surname form and given name.
 */
public final class PersonName {
    /** Patronymics sit between given name and surname; they tell the gender and are skipped when comparing. */
    private static final Pattern PATRONYMIC = Pattern.compile(
            "(?iu).+(?:ович|евич|ьич|овна|евна|ична|инична|ovich|evich|ovitch|evitch|yich|ovna|evna|ichna)"
                    + "(?:а|у|ем|ом|е|ой|ы)?");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "herr", "bay", "father", "brother");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "dame", "lady", "mme", "mlle",
            "frau", "bayan", "sister");

    private Set<String> givens = new LinkedHashSet<>();
    private boolean givenListed;
    private String initial;
    private SurnameForm surname;
    private Set<Gender> genders = EnumSet.allOf(Gender.class);
    /** The gender the surname's form most likely has (Воронина: feminine), or null. */
    private Gender surnameLean;
    private final String word;

    private PersonName(String word) {
        this.word = word;
    }

    /** Parses a person mention ("Mrs Galina Petrovna Voronina", "Паше", "S. Esmer"); null if it names nothing. */
    public static PersonName parse(String mention) {
        List<String> all = NameForms.nameWords(mention);
        Set<Gender> hints = EnumSet.allOf(Gender.class);
        String first = NameForms.SPACES.split(mention.strip())[0].toLowerCase(Locale.ROOT).replace(".", "");
        if (MALE_TITLES.contains(first)) {
            hints = EnumSet.of(Gender.MALE);
        } else if (FEMALE_TITLES.contains(first)) {
            hints = EnumSet.of(Gender.FEMALE);
        }
        all.removeIf(w -> NameKey.of(w).isEmpty());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i);
            // "Дмитрий Сергеевич" is a given name and patronymic; "Петрович" alone may be a surname.
            boolean patronymicPlace = all.size() > 2 || !GivenNames.of(all.get(0)).isEmpty();
            if (i > 0 && patronymicPlace && PATRONYMIC.matcher(w).matches()) {
                hints = narrow(hints, patronymicGender(w));
                continue;
            }
            words.add(w);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            String w = words.get(0);
            if (NameForms.isInitial(w)) {
                return null;
            }
            PersonName p = new PersonName(w);
            if (!GivenNames.of(w).isEmpty()) {
                p.setGiven(w);
            } else {
                p.setSurname(w);
            }
            p.genders = narrow(p.genders, hints);
            p.narrowGivens();
            return p;
        }
        String given = words.get(0);
        String last = words.get(words.size() - 1);
        // Russian official order puts the surname first: "Воронина Галина (Петровна)".
        if (words.size() == 2 && GivenNames.of(given).isEmpty() && !GivenNames.of(last).isEmpty()
                && !NameForms.isInitial(given)) {
            String swap = given;
            given = last;
            last = swap;
        }
        PersonName p = new PersonName(null);
        p.setSurname(last);
        p.genders = narrow(p.genders, hints);
        if (NameForms.isInitial(given)) {
            p.initial = NameKey.of(given.substring(0, 1));
        } else {
            p.setGiven(given);
        }
        p.narrowGivens();
        return p;
    }

    /** The same word read the other way: a lone word is a given name or a surname. */
    PersonName otherReading() {
        if (word == null) {
            return null;
        }
        PersonName p = new PersonName(word);
        if (surname != null) {
            p.givens.add(NameKey.of(word));
        } else {
            p.setSurname(word);
        }
        return p;
    }

    private void setGiven(String w) {
        Set<GivenNames.Name> names = GivenNames.of(w);
        givenListed = !names.isEmpty();
        if (givenListed) {
            Set<Gender> g = EnumSet.noneOf(Gender.class);
            names.forEach(n -> {
                givens.add(n.key());
                g.add(n.gender());
            });
            genders = narrow(genders, g);
        } else {
            givens.add(NameKey.of(w));
        }
        initial = NameKey.of(w).substring(0, 1);
    }

    private void setSurname(String w) {
        surname = SurnameForm.of(w);
        if (!surname.readings().isEmpty()) {
            surnameLean = surname.readings().get(0);
            genders = narrow(genders, EnumSet.copyOf(surname.readings()));
        }
    }

    /** Given names of the wrong gender are dropped once the gender is known (Саша Орлова is Александра). */
    private void narrowGivens() {
        if (!givenListed || genders.size() != 1) {
            return;
        }
        Gender g = genders.iterator().next();
        Set<String> kept = new LinkedHashSet<>();
        for (String key : givens) {
            if (genderOf(key) == null || genderOf(key) == g) {
                kept.add(key);
            }
        }
        if (!kept.isEmpty()) {
            givens = kept;
        }
    }

    private static Gender genderOf(String key) {
        Set<GivenNames.Name> names = GivenNames.of(key);
        for (GivenNames.Name n : names) {
            if (n.key().equals(key)) {
                return n.gender();
            }
        }
        return null;
    }

    private static Set<Gender> patronymicGender(String w) {
        String k = NameKey.of(w);
        return k.endsWith("na") || k.endsWith("nai") || k.endsWith("ne") || k.endsWith("nu") || k.endsWith("noi")
                ? EnumSet.of(Gender.FEMALE) : EnumSet.of(Gender.MALE);
    }

    /** The intersection, unless it is empty: contradictory evidence is ignored rather than trusted. */
    private static Set<Gender> narrow(Set<Gender> current, Set<Gender> by) {
        Set<Gender> both = EnumSet.noneOf(Gender.class);
        both.addAll(current);
        both.retainAll(by);
        return both.isEmpty() ? current : both;
    }

    /** Given name (or initial) and surname both present. */
    public boolean full() {
        return surname != null && (!givens.isEmpty() || initial != null);
    }

    /** Full given names (keys) this may be; a name not in the list is its own key. */
    public Set<String> givens() {
        return givens;
    }

    public SurnameForm surname() {
        return surname;
    }

    public Set<Gender> genders() {
        return genders;
    }

    Gender surnameLean() {
        return surnameLean;
    }

    /**
     * Reads this mention where its context rules the nominative out (see {@link CaseContext}): a surname form that
     * is feminine only as a nominative ("Воронова") is then the man's genitive or accusative.
     */
    void ruleOutNominative() {
        if (surname != null && surname.readings().equals(List.of(Gender.FEMALE, Gender.MALE))) {
            surnameLean = Gender.MALE;
            genders = narrow(genders, EnumSet.of(Gender.MALE));
        }
    }

    /**
     * Whether this mention can denote the person described by {@code p}: genders overlap, surnames share a
     * stem, given names are one name (hypocorisms, scripts, spellings). The linker's rule, public so that
     * every entry point (the review workbench too) decides "same person" the same way.
     */
    public boolean compatible(PersonName p) {
        if (genders.stream().noneMatch(p.genders::contains)) {
            return false;
        }
        boolean any = false;
        if (surname != null) {
            if (p.surname == null) {
                return false;
            }
            if (!stemsMatch(surname.stem(), p.surname.stem())) {
                return false;
            }
            any = true;
        }
        boolean mineGiven = !givens.isEmpty() || initial != null;
        boolean theirGiven = !p.givens.isEmpty() || p.initial != null;
        if (mineGiven && theirGiven) {
            if (!givensMatch(p)) {
                return false;
            }
            any = true;
        } else if (mineGiven && surname == null) {
            return false;
        }
        return any;
    }

    private boolean givensMatch(PersonName p) {
        if (givens.isEmpty() || p.givens.isEmpty()) {
            // An initial confirms a given name only alongside a surname ("S. Esmer"), never on its own.
            return surname != null && initial != null && initial.equals(p.initial);
        }
        for (String a : givens) {
            for (String b : p.givens) {
                if (a.equals(b) || (!givenListed || !p.givenListed) && NameForms.similarFolded(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same surname stem, whatever the gender: a relative of {@code p}, if not {@code p}. */
    boolean sharesSurname(PersonName p) {
        return surname != null && p.surname != null && stemsMatch(surname.stem(), p.surname.stem());
    }

    private static boolean stemsMatch(String a, String b) {
        return a.equals(b) || NameForms.similarFolded(a, b);
    }

    /** Takes in what a newly linked mention adds: a given name or surname not yet known, a narrower gender. */
    void absorb(PersonName m) {
        if (givens.isEmpty() && !m.givens.isEmpty()) {
            givens = new LinkedHashSet<>(m.givens);
            givenListed = m.givenListed;
            initial = m.initial;
        } else if (givenListed && m.givenListed) {
            Set<String> both = new LinkedHashSet<>(givens);
            both.retainAll(m.givens);
            if (!both.isEmpty()) {
                givens = both;
            }
        }
        if (initial == null) {
            initial = m.initial;
        }
        if (surname == null && m.surname != null) {
            surname = m.surname;
            surnameLean = m.surnameLean;
        }
        genders = narrow(genders, m.genders);
        narrowGivens();
    }
}
