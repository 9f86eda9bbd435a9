package org.veil.core.link;

import java.util.ArrayList;
import java.util.List;

/** What is known of one person's name across its mentions: full words and initials. */
final class PersonName {
    private final List<String> words = new ArrayList<>();

    PersonName(List<String> words) {
        this.words.addAll(words);
    }

    List<String> words() {
        return words;
    }

    /** Patronymics (Сергеевич, Ивановна) sit between given name and surname; they are skipped when comparing. */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(
            "(?iu).+(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?");

    private static List<String> withoutPatronymic(List<String> words) {
        if (words.size() < 2) {
            return words;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i == 0 || !PATRONYMIC.matcher(words.get(i)).matches()) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /** Whether a mention's name words can denote this person. */
    boolean matches(List<String> mentionWords) {
        List<String> other = withoutPatronymic(mentionWords);
        List<String> words = withoutPatronymic(this.words);
        if (other.isEmpty() || words.isEmpty()) {
            return false;
        }
        String otherLast = other.get(other.size() - 1);
        if (other.size() == 1) {
            if (NameForms.isInitial(otherLast)) {
                return false;
            }
            return words.stream().anyMatch(w -> !NameForms.isInitial(w) && NameForms.similar(w, otherLast));
        }
        if (!NameForms.similar(words.get(words.size() - 1), otherLast)) {
            return false;
        }
        // Given names must agree where both are known: a full name, or an initial of it.
        String mine = words.size() > 1 ? words.get(0) : null;
        String theirs = other.get(0);
        if (mine == null) {
            return true;
        }
        if (NameForms.isInitial(mine) || NameForms.isInitial(theirs)) {
            return Character.toUpperCase(mine.charAt(0)) == Character.toUpperCase(theirs.charAt(0));
        }
        return NameForms.similar(mine, theirs);
    }

    /** Keeps the longest form seen, so later short mentions compare against the full name. */
    void absorb(List<String> other) {
        if (other.size() > words.size()) {
            words.clear();
            words.addAll(other);
        }
    }
}
