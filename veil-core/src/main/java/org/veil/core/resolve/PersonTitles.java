package org.veil.core.resolve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Mention;

/** Extends a person mention over the honorific before it ("Mr", "Mrs.", "Dr"): the title reveals gender. */
public final class PersonTitles {
    private static final Pattern BEFORE = Pattern.compile("(\\p{L}+)(\\.?)[ \\u00A0]+$");

    private PersonTitles() {
    }

    public static Mention extend(String text, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return m;
        }
        int from = Math.max(0, m.start() - 16);
        Matcher t = BEFORE.matcher(text.substring(from, m.start()));
        if (t.find() && NameForms.TITLES.contains(t.group(1).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(t.group(1).charAt(0))) {
            return m.withBounds(from + t.start(), m.end());
        }
        return m;
    }
}
