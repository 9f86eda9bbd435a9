package org.veil.core.recognize.quasi;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Amounts that describe one person: what they earn ("earns $1,200 a month", "зарплата 45 тысяч рублей"), how
 * tall they are and what they weigh ("1.85 m tall", "рост 185 см"), and Russian money and measures in general
 * (the English ones are {@link QuasiPatterns#quantity()}'s).
 */
public final class MeasurePatterns {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    /** "45,000", "45 000", "1.85", "1,85". */
    private static final String AMOUNT = "(?:\\d{1,3}(?:[,.  \\u00A0]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:[ \\u00A0]?(?:thousand|million|billion|k|K|тыс\\.|тысяч\\p{L}*|тыщ\\p{L}*"
            + "|млн\\.?|миллион\\p{L}*|млрд\\.?|миллиард\\p{L}*))";
    private static final String CURRENCY = "(?:(?i:dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|hryvnia"
            + "|USD|EUR|GBP|RUB|UAH|руб\\.?|рубл\\p{L}*|р\\.|долл\\.?|доллар\\p{L}*|бакс\\p{L}*|евро|гривен\\p{L}*"
            + "|гривн\\p{L}*|тенге|сом\\p{L}*)|[$€£₽₴])";
    private static final String MONEY = "(?:[$€£₽₴][ \\u00A0]?" + AMOUNT + SCALE + "?|" + AMOUNT + SCALE + "?[ \\u00A0]?"
            + CURRENCY + "|" + AMOUNT + SCALE + ")";
    private static final String PERIOD = "(?:[ \\u00A0](?:a|per|each|every) (?:month|year|week|day|hour|annum)"
            + "|[ \\u00A0](?:в|за) (?:месяц|год|неделю|день|час|смену)|[ \\u00A0](?:ежемесячно|в мес\\.))";

    private MeasurePatterns() {
    }

    private static PatternRecognizer quasi(String name, String regex, double confidence) {
        return new PatternRecognizer(name, Pattern.compile(regex), EntityType.QUANTITY, IdentifierKind.QUASI,
                confidence, Specificity.PATTERN, null);
    }

    /** The amount after "salary", "earns", "зарплата", "получает", with the period it is paid for. */
    public static PatternRecognizer salary() {
        String context = "(?iu:salary|salaries|wages?|earns?|earned|earning|earnings|income|pension|зарплат\\p{L}*|з/п"
                + "|заработ\\p{L}*|оклад\\p{L}*|получа\\p{L}*|получил\\p{L}*|пенси\\p{L}*|доход\\p{L}*)";
        String filler = "(?:[ \\u00A0](?iu:of|is|was|just|only|about|around|nearly|almost|over|under|less than"
                + "|more than|up to|some|roughly|около|примерно|почти|всего|лишь|более|менее|до|в|—|-|составля\\p{L}*"
                + "|была|был|было|была\\sвсего|в\\sразмере)){0,3}";
        return quasi("salary", B + context + filler + "[: \\u00A0]+(?<id>" + MONEY + PERIOD + "?|" + AMOUNT + PERIOD + ")"
                + E, 0.8);
    }

    /** Height after "tall", "height", "рост": "1.85 m tall", "height of 185 cm", "6 ft 2 in", "ростом 1,85 м". */
    public static PatternRecognizer height() {
        String metric = "(?:[12][.,]\\d{1,2}[ \\u00A0]?(?:m|metres?|meters?|м|метр\\p{L}*)|[12]\\d{2}[ \\u00A0]?"
                + "(?:cm|centimetres?|centimeters?|см|сантиметр\\p{L}*))";
        String imperial = "(?:[4-7][ \\u00A0]?(?:ft|feet|foot|['’])(?:[ \\u00A0]?(?:1[01]|\\d)[ \\u00A0]?(?:in|inches"
                + "|[\"”″])?)?)";
        String value = "(?:" + metric + "|" + imperial + ")";
        return quasi("height", B + "(?:(?<id>" + value + ")(?=[ \\u00A0](?:tall|in height|high))"
                + "|(?iu:height|tall|stands|standing|рост\\p{L}*|высот\\p{L}*)(?:[ \\u00A0](?iu:of|is|was|about|around"
                + "|около|примерно|под|почти|—|-)){0,2}[: \\u00A0]+(?<id2>" + value + "))" + E, 0.8);
    }

    /** Weight after "weighs", "weight", "весит", "вес": "weighs 80 kg", "весом 95 кг". */
    public static PatternRecognizer weight() {
        String value = "(?:\\d{2,3}(?:[.,]\\d)?[ \\u00A0]?(?:kg|kilos?|kilograms?|lbs?|pounds|stone|кг|килограмм\\p{L}*"
                + "|кило))";
        return quasi("weight", B + "(?iu:weighs|weighed|weighing|weight|вес(?:ом|а|у|е)?|весит|вешу|весил\\p{L}*|весят)"
                + "(?:[ \\u00A0](?iu:of|is|was|about|around|около|примерно|под|почти|—|-)){0,2}[: \\u00A0]+(?<id>"
                + value + ")" + E, 0.8);
    }

    /** Russian money, percentages and measures: "45 тысяч рублей", "1,2 млн руб.", "30%", "185 см", "5 га". */
    public static PatternRecognizer russianQuantity() {
        String unit = "(?:процент\\p{L}*|кг|килограмм\\p{L}*|грамм\\p{L}*|тонн\\p{L}*|км|километр\\p{L}*|м|метр\\p{L}*"
                + "|см|сантиметр\\p{L}*|мм|га|гектар\\p{L}*|литр\\p{L}*|кв\\.\\s?м\\.?|м2|м²|соток|сотки)";
        String russianMoney = "(?:[$€£₽₴][ \\u00A0]?" + AMOUNT + SCALE + "?|" + AMOUNT + SCALE + "?[ \\u00A0]?"
                + "(?iu:руб\\.?|рубл\\p{L}*|р\\.|долл\\.?|доллар\\p{L}*|евро|гривен\\p{L}*|гривн\\p{L}*|тенге))";
        return quasi("quantity", B + "(?:" + russianMoney + "|" + AMOUNT + "[ \\u00A0]?" + unit + ")(?![\\p{L}\\p{N}])",
                0.75);
    }
}
