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

    String surname() {
        return words.get(words.size() - 1);
    }

    /** Whether a mention's name words can denote this person. */
    boolean matches(List<String> other) {
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
        if (!NameForms.similar(surname(), otherLast)) {
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
