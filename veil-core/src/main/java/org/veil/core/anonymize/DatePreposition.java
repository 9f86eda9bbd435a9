package org.veil.core.anonymize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English takes "on" before a day and "in" before a month or a year: a date generalised from "on 22 September
 * 2022" to "September 2022" must read "in September 2022", or the sentence shows that a day was removed.
 */
final class DatePreposition {
    private static final Pattern ON_BEFORE = Pattern.compile("(?<![\\p{L}])[Oo]n[ \\u00A0]+$");
    private static final Pattern HAS_DAY = Pattern.compile("(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}])"
            + "|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    private DatePreposition() {
    }

    /**
     * Where in {@code before} (the text up to the date) the "on" starts that must become "in" because the date
     * lost its day, or -1.
     */
    static int onToReplace(String before, String generalised) {
        if (generalised == null || generalised.isEmpty() || HAS_DAY.matcher(generalised).find()) {
            return -1;
        }
        Matcher m = ON_BEFORE.matcher(before);
        return m.find() ? m.start() : -1;
    }

    /** "on " → "in ", "On " → "In ", spacing kept. */
    static String in(String on) {
        return (on.charAt(0) == 'O' ? "In" : "in") + on.substring(2);
    }
}
