package org.veil.core.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veil.core.link.GivenNames;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Specificity;

/**
 * Settles the type when the statistical model calls a known city a person ("lives in Kazan"): the span is
 * kept, with the gazetteer's type; and when it calls a lone given name a place ("Marina saw the car"), the
 * name list's type wins. Masking does not depend on it, but placeholders and surrogates do.
 */
public final class TypeArbiter {
    private TypeArbiter() {
    }

    public static List<Mention> retype(String text, List<Mention> mentions) {
        Set<Long> cities = new HashSet<>();
        for (Mention m : mentions) {
            if (m.recognizer().equals("cities")) {
                cities.add(key(m));
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && cities.contains(key(m))) {
                out.add(new Mention(m.start(), m.end(), EntityType.LOCATION, IdentifierKind.QUASI, m.confidence(),
                        m.recognizer(), m.specificity()));
            } else if (bankName(text, m)) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, IdentifierKind.QUASI, m.confidence(),
                        m.recognizer(), m.specificity()));
            } else if (lonePersonName(text, m) && !cities.contains(key(m))) {
                out.add(new Mention(m.start(), m.end(), EntityType.PERSON, IdentifierKind.DIRECT, m.confidence(),
                        m.recognizer(), m.specificity()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A single word the statistical model called a place or organisation that is a known given name in some
     * form ("Marina", "Марине", "Pasha"): the model guessed from context, the name list knows better.
     */
    private static boolean lonePersonName(String text, Mention m) {
        if (m.specificity() != Specificity.STATISTICAL
                || m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String surface = m.text(text);
        return surface.chars().allMatch(Character::isLetter) && Character.isUpperCase(surface.charAt(0))
                && !GivenNames.of(surface).isEmpty();
    }

    /**
     * One word ending in "bank" that the statistical model called a person or a place ("a Sberbank card",
     * "Monobank"): a bank. Two words are left alone, "West Bank" and "Left Bank" being places.
     */
    private static boolean bankName(String text, Mention m) {
        if (m.specificity() != Specificity.STATISTICAL
                || m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            return false;
        }
        String surface = m.text(text);
        return surface.length() > 4 && surface.toLowerCase(Locale.ROOT).endsWith("bank")
                && surface.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private static long key(Mention m) {
        return ((long) m.start() << 32) | m.end();
    }
}
