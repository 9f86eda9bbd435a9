package org.veil.core.recognize.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternScanner;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Dates, times, periods and durations in common English forms. Alternatives are ordered from the most to
 * the least specific because the regex engine takes the first that matches at a position.
 */
public final class DateTimeRecognizer implements Recognizer {
    private static final String MONTH = "(?:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?!\\p{L})";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[5-9]|20)\\d{2}";
    private static final String MODERN_YEAR = "(?:19|20)\\d{2}";
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|a few|several|a couple of)";
    private static final String COUNT = "(?:\\d+(?:[.,]\\d+)?|" + NUMBER_WORD + "(?:[- ](?:one|two|three|four|five"
            + "|six|seven|eight|nine))?)";
    private static final String UNIT = "(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))";
    private static final String PART = "(?:(?:at the |in the |by the |until the |towards the )?(?:beginning|start|end"
            + "|middle|first half|second half|autumn|spring|summer|winter|course) of |early |mid-?|late |the end of )";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String TIME = "(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[ ]?[ap]\\.?m\\.?)?(?: hours)?"
            + "|(?:1[0-2]|0?[1-9])[ ]?[ap]\\.m\\.|(?:1[0-2]|0?[1-9])[ ]?(?:am|pm)|noon|midnight)";

    private static final Pattern DATE = Pattern.compile(String.join("|",
            // ranges first: "between 1982 and 1984", "from 3 to 5 May 2001", "1982-84"
            "(?:between|from) (?:" + DAY + " )?(?:" + MONTH + " )?" + YEAR + " (?:and|to|until) (?:" + DAY + " )?(?:"
                    + MONTH + " )?" + YEAR,
            "(?:between|from) " + DAY + "(?: " + MONTH + ")? (?:and|to|until) " + DAY + " " + MONTH + "(?:,? " + YEAR + ")?",
            PART + "?" + DAY + "(?: of)? " + MONTH + ",? " + YEAR + "(?:,? at " + TIME + ")?",
            PART + "?" + MONTH + " " + DAY + ",? " + YEAR,
            "(?:" + WEEKDAY + ",? )?" + DAY + "(?: of)? " + MONTH + "(?! \\d)",
            "(?:" + WEEKDAY + ",? )?" + MONTH + " " + DAY + "(?:st|nd|rd|th)?(?![\\d,])",
            PART + "?" + MONTH + ",? " + YEAR,
            "(?:in |during |since |until |by |of |before |after )?(?:the )?(?:spring|summer|autumn|fall|winter)"
                    + " of " + YEAR,
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?",
            "(?:[12]\\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9])[./](?:" + YEAR + "|\\d{2})",
            "(?:1[0-2]|0?[1-9])/(?:[12]\\d|3[01]|0?[1-9])/" + YEAR,
            "(?:the )?(?:early |mid-?|late )?(?:1[5-9]|20)\\d0['’]?s",
            YEAR + "[-–](?:" + YEAR + "|\\d{2})(?![/\\d])",
            PART + YEAR,
            "(?:" + PART + "|(?:in|since|until|till|by|from|during|throughout|before|after|of) )" + MONTH
                    + "(?! \\d)",
            "(?:on |last |next |this )" + WEEKDAY,
            "(?:at |around |about |after |before |until )" + TIME,
            TIME.replace("|noon|midnight", "") + "(?=[ ,.;)])",
            // A bare number is read as a year only in the last two centuries: "Gymnasium 1520" or "1650 roubles"
            // would otherwise become "the 1520s".
            MODERN_YEAR));
    private static final Pattern DURATION = Pattern.compile(
            "(?i:" + COUNT + ")[- ](?:and a half[- ])?" + UNIT + "(?:[- ]long)?");
    /**
     * Which first two characters a DATE or a DURATION can begin with (digits, the first letters of its words),
     * learnt from the patterns themselves; durations are searched through it, dates walked position by position
     * (a rejected date may hide a valid one that starts inside it).
     */
    private static final PatternScanner DATE_STARTS = PatternScanner.withPairs(DATE);
    private static final PatternScanner DURATIONS = PatternScanner.withPairs(DURATION);
    private static final Pattern LEFT_BOUNDARY = Pattern.compile("[\\p{L}\\p{N}/§№#.]$");
    private static final Pattern CODE_BEFORE = Pattern.compile(
            "(?i)(?:no|nos|law|act|article|art|section|regulation|decree|code|rule|§|p|pp|page|para|paragraph"
                    + "|number|case|vol)\\.?[ \\u00A0]*$");

    /** The non-alphanumeric characters of LEFT_BOUNDARY. */
    private static final String BOUNDARY_MARKS = "/§№#.";

    /**
     * Every DATE alternative holds a digit, a month, a weekday, "noon" or "midnight" within its first 27
     * characters ("towards the second half of 1999"): further from such an anchor no date can start.
     * DateTimeRecognizerTest checks that every match of DATE has one this close.
     */
    static final int LONGEST_LEAD = 32;
    private static final String[] ANCHOR_WORDS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "noon", "midnight"};

    /** A leading preposition is context, not part of the date: "in March" masks as "in [DATE]". */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "^(?:in|on|at|since|until|till|by|during|throughout|before|after|of|around|about) ");

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        // DATE has no look-behind, so the match at a position depends only on the text from there on: trying
        // it only where a date can start (see mayStart) finds what a scan of every position would keep.
        Matcher m = DATE.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int[] anchors = anchors(text);
        int next = 0; // the first anchor at or after the position
        for (int at = 0; at < n; at++) {
            if (!mayStart(text, at) || !DATE_STARTS.mayStartAt(text, at)) {
                continue;
            }
            while (next < anchors.length && anchors[next] < at) {
                next++;
            }
            if (next == anchors.length || anchors[next] - at > LONGEST_LEAD) {
                continue;
            }
            m.region(at, n);
            if (m.lookingAt() && plausible(text, m.start(), m.end())) {
                Matcher p = LEADING_PREPOSITION.matcher(m.group());
                int start = p.find() ? m.start() + p.end() : m.start();
                out.add(new Mention(start, m.end(), EntityType.DATETIME, IdentifierKind.QUASI, 0.85, name(),
                        Specificity.PATTERN));
                at = m.end() - 1;
            }
            // else: a rejected match may hide a valid one that starts inside it ("in Jul" before "July 2000").
        }
        // Durations as find() gives them: after a match, kept or not, the next one is looked for from its end.
        PatternScanner.Finder durations = DURATIONS.finder(text);
        while (durations.find()) {
            Matcher d = durations.matcher();
            if (plausible(text, d.start(), d.end())) {
                out.add(new Mention(d.start(), d.end(), EntityType.DATETIME, IdentifierKind.QUASI, 0.6, name(),
                        Specificity.PATTERN));
            }
        }
        return out;
    }

    /**
     * Whether a DATE match starting at {@code at} could survive {@link #plausible}: it must not follow a letter,
     * digit or code character (LEFT_BOUNDARY rejects those).
     */
    private static boolean mayStart(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        // Only sure rejections here (a letter or digit of the Basic Plane); plausible() still checks the rest.
        return !(Character.isLetterOrDigit(before) || BOUNDARY_MARKS.indexOf(before) >= 0);
    }

    /** The positions of the text's anchors (see {@link #LONGEST_LEAD}), in order. */
    static int[] anchors(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean anchor = c >= '0' && c <= '9';
            if (!anchor && "JFMASONDTWnm".indexOf(c) >= 0) {
                for (String word : ANCHOR_WORDS) {
                    if (text.startsWith(word, i)) {
                        anchor = true;
                        break;
                    }
                }
            }
            if (anchor) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** DATE, for tests. */
    static Pattern date() {
        return DATE;
    }

    /** Rejects matches inside codes and law references: "no. 1996/302", "Law no. 2000", "36110/97". */
    private static boolean plausible(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        if (LEFT_BOUNDARY.matcher(before).find()) {
            return false;
        }
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '/'
                || text.charAt(end) == '§')) {
            return false;
        }
        String match = text.substring(start, end);
        return !(match.matches("\\d{4}") && CODE_BEFORE.matcher(before).find());
    }
}
