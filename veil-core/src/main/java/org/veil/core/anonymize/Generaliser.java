package org.veil.core.anonymize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;

/**
 * Coarser values that keep a text readable: exact age → decade, full date → month, month → year,
 * year → decade, amount → order of magnitude. Empty where no coarser form exists (the caller then uses a
 * placeholder).
 */
final class Generaliser {
    private static final Pattern NUMBER_AGE = Pattern.compile("(\\d{1,3})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s*,?\\s*((?:1[5-9]|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:1[5-9]|20)\\d)\\d(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\d{1,2}(?:st|nd|rd|th)?(?: of)? ("
            + "January|February|March|April|May|June|July|August|September|October|November|December),? "
            + "((?:1[5-9]|20)\\d{2})|(January|February|March|April|May|June|July|August|September|October"
            + "|November|December) \\d{1,2}(?:st|nd|rd|th)?,? ((?:1[5-9]|20)\\d{2})");
    /** Day-first numeric dates, as written outside the US: 11/03/2022, 11.03.2022. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]((?:1[5-9]|20)\\d{2})");
    private static final Pattern MEASURE = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[,. ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");

    private Generaliser() {
    }

    static Optional<String> generalise(EntityType type, String recognizer, String text) {
        return generalise(type, recognizer, text, Language.ENGLISH, "");
    }

    /**
     * The coarser value in the language of the sentence it stands in.
     *
     * @param before the word before the span ("в", "до"): Russian dates and years take the case it asks for
     */
    static Optional<String> generalise(EntityType type, String recognizer, String text, Language language,
                                       String before) {
        if (language == Language.RUSSIAN) {
            String out = RussianGeneraliser.generalise(type, recognizer, text, before);
            return out == null || out.equals(text) ? Optional.empty() : Optional.of(out);
        }
        String out = switch (type) {
            case DATETIME -> recognizer.equals("birth-year") ? birthYear(text) : date(text);
            case QUANTITY -> recognizer.equals("height") || recognizer.equals("weight") ? measure(text) : amount(text);
            case DEMOGRAPHIC -> recognizer.equals("age") ? age(text) : null;
            default -> null;
        };
        return out == null || out.equals(text) ? Optional.empty() : Optional.of(out);
    }

    private static String age(String text) {
        Matcher m = NUMBER_AGE.matcher(text);
        if (!m.find()) {
            return null;
        }
        int age = Integer.parseInt(m.group(1));
        int decade = age / 10 * 10;
        // A bare number in apposition ("Voronin, 29, said"): a range reads the same in any language.
        if (text.matches("\\d{1,3}")) {
            return age < 18 ? "under 18" : decade + "–" + (decade + 9);
        }
        // Keep the phrase's grammar: "The 27-year-old said" → "The 20-something said".
        if (text.matches("(?i).*year[- ]old.*")) {
            return age < 18 ? "minor" : decade + "-something";
        }
        if (text.toLowerCase().startsWith("aged")) {
            return age < 18 ? "under 18" : "aged between " + decade + " and " + (decade + 9);
        }
        return age < 18 ? "a minor" : "in their " + decade + "s";
    }

    private static String date(String text) {
        Matcher full = DAY_MONTH_YEAR.matcher(text);
        if (full.matches()) {
            return full.group(1) != null ? full.group(1) + " " + full.group(2) : full.group(3) + " " + full.group(4);
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(2));
            if (month >= 1 && month <= 12) {
                return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " " + numeric.group(3);
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.matches()) {
            return my.group(2);
        }
        Matcher y = YEAR.matcher(text);
        if (text.matches("(?:1[5-9]|20)\\d{2}") && y.find()) {
            return "the " + y.group(1) + "0s";
        }
        if (y.find(0)) {
            // Ranges and other forms with a year: keep only the decade of the first year.
            return "the " + y.group(1) + "0s";
        }
        return null;
    }

    /**
     * A birth year alone reads as a decade ("born in the 1990s"); inside words ("1995 года рождения") the year
     * becomes a range of years so the words still agree; a life span keeps both decades ("1960s–2020s").
     */
    private static String birthYear(String text) {
        if (text.matches("(?:1[5-9]|20)\\d{2}")) {
            return date(text);
        }
        Matcher y = YEAR.matcher(text);
        List<MatchResult> years = y.results().toList();
        StringBuilder sb = new StringBuilder();
        int cursor = 0;
        for (MatchResult r : years) {
            String decade = r.group(1) + "0";
            sb.append(text, cursor, r.start())
                    .append(years.size() > 1 ? decade + "s" : decade + "–" + r.group(1) + "9");
            cursor = r.end();
        }
        return years.isEmpty() ? null : sb.append(text.substring(cursor)).toString();
    }

    /** Heights and weights to the nearest ten units, or tenth of a metre: "185 cm" → "180–190 cm". */
    private static String measure(String text) {
        Matcher m = MEASURE.matcher(text);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String number = m.group();
            double value = Double.parseDouble(number.replace(',', '.'));
            String range;
            if (value < 3 && number.matches("\\d[.,]\\d+")) {
                String sep = number.substring(1, 2);
                int tenths = (int) Math.floor(value * 10 + 1e-9);
                range = String.format(Locale.ROOT, "%d%s%d–%d%s%d", tenths / 10, sep, tenths % 10, (tenths + 1) / 10,
                        sep, (tenths + 1) % 10);
            } else if (value >= 20) {
                long low = (long) (value / 10) * 10;
                range = low + "–" + (low + 10);
            } else {
                // Feet and inches are already coarse; a range of one keeps them readable ("5–6 ft").
                long low = (long) value;
                range = low + "–" + (low + 1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(range));
            any = true;
        }
        m.appendTail(sb);
        return any ? sb.toString() : null;
    }

    /** Every number in the amount becomes its order of magnitude: "EUR 4,000" → "EUR 1,000–10,000". */
    private static String amount(String text) {
        boolean percent = text.contains("%") || text.toLowerCase().contains("per");
        return AmountRanges.of(text, AMOUNT, percent,
                d -> d.replaceAll("[,. ](?=\\d{3}(?:\\D|$))", "").replace(',', '.'),
                n -> String.format(java.util.Locale.ROOT, "%,d", n));
    }
}
