package org.veil.core.anonymize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;

/**
 * Coarser values written in Russian and fitted to the sentence: "29 лет" → "20–29 лет", "29-летняя" →
 * "20–29-летняя", "переехал 28 сентября 2022 г." → "переехал в сентябре 2022 г.", "до 28 сентября" →
 * "до сентября", "в июне 2010 года" → "в 2010 году", "в 1993 году" → "в 1990-х годах", "120 000 рублей" →
 * "100 000–1 000 000 рублей". A form it does not know gives null (the caller then uses a placeholder).
 */
final class RussianGeneraliser {
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"};
    private static final String[] DATIVE = {"январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу",
        "сентябрю", "октябрю", "ноябрю", "декабрю"};
    private static final String[] PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
        "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final Pattern ADJECTIVE_AGE = Pattern.compile("(\\d{1,3})-летн(\\p{L}+)");
    private static final Pattern NOUN_AGE = Pattern.compile("(\\d{1,3})\\s(?:год|года|лет)(?!\\p{L})");
    private static final String[] STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
        "октябр", "ноябр", "декабр"};
    private static final Pattern MONTH = Pattern.compile("(?iu)(?<!\\p{L})(" + String.join("|", STEMS)
            + ")(ь|я|ю|е|а|у|й)?(?!\\p{L})");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]((?:1[5-9]|20)\\d{2})"
            + "|((?:1[5-9]|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:1[5-9]|20)\\d)\\d(?![\\d-])");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?:1[5-9]|20)\\d{2}");
    private static final Pattern YEAR_WORD = Pattern.compile("(г\\.|гг\\.|года|году|годом|год)\\s*$");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?iu)(?:в\\s)?(?:начале|середине|конце)\\s");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?");

    private RussianGeneraliser() {
    }

    /** @param before the word before the span, lower case ("до", "в", "позвонил"), or "" */
    static String generalise(EntityType type, String recognizer, String text, String before) {
        return switch (type) {
            case DATETIME -> date(text, before);
            case QUANTITY -> amount(text);
            case DEMOGRAPHIC -> recognizer.equals("age") ? age(text) : null;
            default -> null;
        };
    }

    private static String decade(int age) {
        int low = age / 10 * 10;
        return low + "–" + (low + 9);
    }

    /** A range always ends in 9, so the noun after it is always "лет", whatever the original had. */
    private static String age(String text) {
        Matcher adjective = ADJECTIVE_AGE.matcher(text);
        if (adjective.find()) {
            int age = Integer.parseInt(adjective.group(1));
            String form = age < 18 ? "несовершеннолетн" + adjective.group(2) : decade(age) + "-летн" + adjective.group(2);
            return text.substring(0, adjective.start()) + form + text.substring(adjective.end());
        }
        Matcher noun = NOUN_AGE.matcher(text);
        if (noun.find()) {
            int age = Integer.parseInt(noun.group(1));
            String head = text.substring(0, noun.start());
            String form = age >= 18 ? decade(age) + " лет" : head.toLowerCase(Locale.ROOT).contains("возраст")
                    ? "до 18 лет" : "меньше 18 лет";
            return head + form + text.substring(noun.end());
        }
        // A bare number ("Воронин, 29 лет" where the span is "29"): the word after it stays in the text.
        Matcher bare = BARE_AGE.matcher(text);
        if (bare.matches()) {
            int age = Integer.parseInt(bare.group(1));
            return age >= 18 ? decade(age) : "до 18";
        }
        return null;
    }

    private static final Pattern BARE_AGE = Pattern.compile("\\s*(\\d{1,3})\\s*");

    private static String date(String text, String before) {
        String t = text.strip();
        Matcher word = YEAR_WORD.matcher(t);
        String yearWord = word.find() ? word.group(1) : "";
        Matcher numeric = NUMERIC.matcher(t);
        int month = -1;
        boolean day = false;
        boolean part = false;
        String prefix = "";
        String year = null;
        char form = 'n';
        if (numeric.matches()) {
            boolean dotted = numeric.group(1) != null;
            month = Integer.parseInt(dotted ? numeric.group(2) : numeric.group(5)) - 1;
            year = dotted ? numeric.group(3) : numeric.group(4);
            day = true;
            yearWord = "г.";
        } else {
            Matcher m = MONTH.matcher(t);
            if (m.find()) {
                month = monthIndex(m.group(1));
                form = monthForm(m.group(2));
                day = DAY.matcher(t.substring(0, m.start())).find();
                Matcher p = PART_OF_MONTH.matcher(t);
                part = p.find() && p.start() < m.start();
                prefix = t.toLowerCase(Locale.ROOT).startsWith("в ") ? "в " : "";
                Matcher y = FOUR_DIGIT_YEAR.matcher(t.substring(m.end()));
                year = y.find() ? y.group() : null;
            }
        }
        if (month < 0 || month > 11) {
            return yearOnly(t, yearWord, before);
        }
        String yearTail = year == null ? "" : " " + year + (yearWord.isEmpty() ? "" : " "
                + (yearWord.equals("г.") ? "г." : "года"));
        if (day || part) {
            // The day (or the part of the month) goes, the month stays, in the case the sentence wants.
            String w = before.toLowerCase(Locale.ROOT);
            if (!prefix.isEmpty() || w.equals("в") || w.equals("во")) {
                return prefix + PREPOSITIONAL[month] + yearTail;
            }
            if (RussianCase.after(w).contains(RussianCase.GENITIVE)) {
                return GENITIVE[month] + yearTail;
            }
            if (w.equals("к") || w.equals("ко")) {
                return DATIVE[month] + yearTail;
            }
            if (!RussianCase.after(w).isEmpty()) {
                return NOMINATIVE[month] + yearTail;
            }
            return "в " + PREPOSITIONAL[month] + yearTail;
        }
        if (year == null) {
            return null;
        }
        // Month and year: the year alone, in the case the month was in ("в июне 2010 года" → "в 2010 году").
        String yearCase = yearWord.isEmpty() ? "" : yearWord.equals("г.") ? " г." : switch (form) {
            case 'p', 'd' -> " году";
            case 'g' -> " года";
            default -> " год";
        };
        return prefix + year + yearCase;
    }

    /** A year alone becomes its decade, in the case the year was in ("в 1993 году" → "в 1990-х годах"). */
    private static String yearOnly(String text, String yearWord, String before) {
        Matcher y = YEAR.matcher(text);
        if (!y.find()) {
            return null;
        }
        String decade = y.group(1) + "0";
        RussianCase c;
        switch (yearWord) {
            case "году" -> c = RussianCase.PREPOSITIONAL;
            case "года" -> c = RussianCase.GENITIVE;
            case "годом" -> c = RussianCase.INSTRUMENTAL;
            default -> {
                java.util.List<RussianCase> governed = RussianCase.after(before);
                c = governed.contains(RussianCase.GENITIVE) ? RussianCase.GENITIVE
                        : governed.contains(RussianCase.ACCUSATIVE) || governed.isEmpty() ? RussianCase.NOMINATIVE
                        : governed.get(0);
            }
        }
        boolean abbreviated = yearWord.equals("г.") || yearWord.equals("гг.");
        String prefix = text.substring(0, y.start());
        if (!prefix.isBlank() && !prefix.strip().equalsIgnoreCase("в")) {
            prefix = "";
        }
        String out = switch (c) {
            case GENITIVE -> decade + "-х " + (abbreviated ? "гг." : "годов");
            case DATIVE -> decade + "-м " + (abbreviated ? "гг." : "годам");
            case INSTRUMENTAL -> decade + "-ми " + (abbreviated ? "гг." : "годами");
            case PREPOSITIONAL -> decade + "-х " + (abbreviated ? "гг." : "годах");
            default -> decade + "-е " + (abbreviated ? "гг." : "годы");
        };
        return prefix + out;
    }

    private static int monthIndex(String stem) {
        for (int i = 0; i < STEMS.length; i++) {
            if (STEMS[i].equalsIgnoreCase(stem)) {
                return i;
            }
        }
        return -1;
    }

    /** 'n' nominative, 'g' genitive, 'd' dative, 'p' prepositional, from the month's ending. */
    private static char monthForm(String ending) {
        return switch (ending == null ? "" : ending.toLowerCase(Locale.ROOT)) {
            case "я", "а" -> 'g';
            case "ю", "у" -> 'd';
            case "е" -> 'p';
            default -> 'n';
        };
    }

    /** Every number becomes its order of magnitude, written the Russian way; the noun after it is plural. */
    private static String amount(String text) {
        boolean percent = text.contains("%") || text.toLowerCase(Locale.ROOT).contains("процент");
        String ranged = AmountRanges.of(text, AMOUNT, percent,
                d -> d.replaceAll("[\u00A0 ]", "").replace(',', '.'), RussianGeneraliser::grouped);
        if (ranged == null) {
            return null;
        }
        // A range ends in a round number, which takes the genitive plural: "рубль" / "рубля" → "рублей".
        return ranged.replaceAll("(?iu)(?<!\\p{L})рубл\\p{L}*", "рублей")
                .replaceAll("(?iu)(?<!\\p{L})доллар\\p{L}*", "долларов")
                .replaceAll("(?iu)(?<!\\p{L})копе\\p{L}*", "копеек")
                .replaceAll("(?iu)(?<!\\p{L})тысяч\\p{L}*", "тысяч")
                .replaceAll("(?iu)(?<!\\p{L})миллион\\p{L}*", "миллионов")
                .replaceAll("(?iu)(?<!\\p{L})процент\\p{L}*", "процентов");
    }

    /** "1 000 000": groups of three digits with spaces, as Russian writes them. */
    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
