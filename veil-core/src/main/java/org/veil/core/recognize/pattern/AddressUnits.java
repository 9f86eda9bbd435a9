package org.veil.core.recognize.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Flats, rooms and offices inside a building: "apartment 9", "flat 4B", "kv. 7", "кв. 7", "комната 3". Right
 * after an address they belong to it, so the address grows over them (one span, one placeholder); elsewhere
 * a flat or room number alone still narrows a person down.
 */
public final class AddressUnits {
    private static final String NUMBER = "\\s?(?:(?i:no)\\.?\\s?|№\\s?)?\\d{1,4}(?:[A-Za-zА-Яа-я](?![\\p{L}]))?"
            + "(?![\\p{L}\\p{N}]|[.,]\\d)";
    /** Words for a dwelling or a room: certain enough to stand alone before a number. */
    private static final String DWELLING = "(?iu:flat|apartment|apt\\.?|room|kv\\.|кв\\.|квартир\\p{L}*|комнат\\p{L}*"
            + "|комн\\.)";
    /** Words that name a unit only right after an address ("unit 5" is also a military unit). */
    private static final String ANY_UNIT = "(?:" + DWELLING + "|(?iu:kv|кв|unit|suite|office|ste\\.|офис\\p{L}*"
            + "|пом\\.|помещени\\p{L}*|каб\\.|кабинет\\p{L}*))";
    private static final Pattern AFTER_ADDRESS = Pattern.compile("(?:,\\s?|\\s)" + ANY_UNIT + NUMBER);

    private AddressUnits() {
    }

    /** A unit on its own, as a place detail. */
    public static PatternRecognizer standalone() {
        return new PatternRecognizer("address-unit", Pattern.compile("(?<![\\p{L}\\p{N}])" + DWELLING + NUMBER),
                EntityType.LOCATION, IdentifierKind.QUASI, 0.7, Specificity.PATTERN, null);
    }

    /** {@code address} with every finding grown over units that follow it directly. */
    public static Recognizer extend(Recognizer address) {
        return new Extended(address);
    }

    private record Extended(Recognizer address) implements Recognizer {
        @Override
        public String name() {
            return address.name();
        }

        @Override
        public List<Mention> recognize(String text) {
            List<Mention> out = new ArrayList<>();
            Matcher unit = AFTER_ADDRESS.matcher(text);
            for (Mention m : address.recognize(text)) {
                int end = m.end();
                // "ул. Мира 3, кв. 7, комната 2": as many units as follow one another.
                while (end < text.length() && unit.region(end, text.length()).lookingAt()) {
                    end = unit.end();
                }
                out.add(m.withBounds(m.start(), end));
            }
            return out;
        }
    }
}
