package org.veil.core.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;

/**
 * Settles the type when the statistical model calls a known city a person ("lives in Kazan"): the span is
 * kept, with the gazetteer's type. Masking does not depend on it, but placeholders and surrogates do.
 */
public final class TypeArbiter {
    private TypeArbiter() {
    }

    public static List<Mention> retype(List<Mention> mentions) {
        Set<Long> cities = new HashSet<>();
        for (Mention m : mentions) {
            if (m.recognizer().equals("cities")) {
                cities.add(key(m));
            }
        }
        if (cities.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && cities.contains(key(m))) {
                out.add(new Mention(m.start(), m.end(), EntityType.LOCATION, IdentifierKind.QUASI, m.confidence(),
                        m.recognizer(), m.specificity()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static long key(Mention m) {
        return ((long) m.start() << 32) | m.end();
    }
}
