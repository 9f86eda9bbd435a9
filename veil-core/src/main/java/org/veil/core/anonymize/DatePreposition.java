package org.veil.core.anonymize;

import java.util.regex.Pattern;

/**
 * English takes "on" before a day and "in" before a month or a year: a date generalised from "on 22 September
 * 2022" to "September 2022" must read "in September 2022", or the sentence shows that a day was removed.
 */
final class DatePreposition {
    private static final Pattern ON_BEFORE = Pattern.compile("(?<![\\p{L}])([Oo])n(\\s+)$");
    private static final Pattern HAS_DAY = Pattern.compile("(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}])"
            + "|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    private DatePreposition() {
    }

    /** {@code before} (the text up to the date) with a final "on" turned into "in" when the date lost its day. */
    static String agree(String before, String generalised) {
        if (generalised == null || HAS_DAY.matcher(generalised).find()) {
            return before;
        }
        var m = ON_BEFORE.matcher(before);
        if (!m.find()) {
            return before;
        }
        return before.substring(0, m.start()) + (m.group(1).equals("O") ? "In" : "in") + m.group(2);
    }
}
