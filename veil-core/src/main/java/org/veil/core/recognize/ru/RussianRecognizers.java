package org.veil.core.recognize.ru;

import java.util.List;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;
import org.veil.core.recognize.pattern.AddressUnits;
import org.veil.core.recognize.quasi.BodyMarks;

/**
 * Russian identifiers and quasi-identifiers with a fixed shape. They match Cyrillic context words only, so
 * they run on every text: mixed Russian/English documents need no switch.
 */
public final class RussianRecognizers {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
            + "|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
            + "|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";
    /** Letters allowed on Russian plates: those that look the same in Latin, typed in either script. */
    private static final String PLATE = "[АВЕКМНОРСТУХABEKMHOPCTYX]";

    private RussianRecognizers() {
    }

    private static PatternRecognizer code(String name, String regex, java.util.function.Predicate<String> check) {
        return new PatternRecognizer(name, Pattern.compile(regex, CI), EntityType.CODE, IdentifierKind.DIRECT, 0.9,
                check == null ? Specificity.PATTERN : Specificity.VALIDATED, check);
    }

    /** ИНН with its check digits; a bare 10- or 12-digit run only if the checksum holds. */
    public static PatternRecognizer inn() {
        return code("inn", B + "(?:ИНН[:\\s№]*)?(?<id>\\d{12}|\\d{10})" + E, RussianChecksums::inn);
    }

    public static PatternRecognizer snils() {
        return code("snils", B + "(?<id>\\d{3}-\\d{3}-\\d{3}[ -]\\d{2})" + E, RussianChecksums::snils);
    }

    public static PatternRecognizer ogrn() {
        return code("ogrn", B + "(?:ОГРН(?:ИП)?[:\\s№]*)(?<id>\\d{15}|\\d{13})" + E, RussianChecksums::ogrn);
    }

    /** Internal passport "45 06 123456" (series, number) after "паспорт", and foreign passport "75 1234567". */
    public static PatternRecognizer passport() {
        return code("ru-passport", B + "(?:паспорт\\p{L}*|серия)(?:[^\\d\\n]{0,30}?)(?<id>\\d{2}\\s?\\d{2}"
                + "(?:\\s?(?:№|номер)?\\s?)\\d{6,7})" + E, null);
    }

    /** Foreign passport "75 1234567" after "загранпаспорт" or "заграничный паспорт". */
    public static PatternRecognizer foreignPassport() {
        return code("ru-foreign-passport", B + "(?:загранпаспорт\\p{L}*|заграничн\\p{L}+\\s+паспорт\\p{L}*)"
                + "(?:[^\\d\\n]{0,30}?)(?<id>\\d{2}\\s?\\d{7})" + E, null);
    }

    /** Military ID "АБ 1234567" after "военный билет". */
    public static PatternRecognizer militaryId() {
        return code("military-id", B + "военн\\p{L}+\\s+билет\\p{L}*[^\\d\\n]{0,20}?(?<id>\\p{IsCyrillic}{2}\\s?\\d{7})" + E,
                null);
    }

    /**
     * Vehicle plates "А123ВС 77", "A 123 BC 777 RUS" (Latin look-alikes too); without the region only right
     * after "номер", "госномер" or "знак".
     */
    public static PatternRecognizer plate() {
        String core = PLATE + "\\s?(?!000)\\d{3}\\s?" + PLATE + "{2}";
        return new PatternRecognizer("vehicle-plate", Pattern.compile(B + "(?:" + core + "\\s?\\d{2,3}(?:\\s?RUS)?"
                // The look-ahead (the plate's first letter) spares the look-behind at every other position.
                + "|(?=" + PLATE + ")(?<=(?iu:номер|знак)\\p{L}{0,5}:?\\s{1,2}[«\"]?)" + core + ")" + E), EntityType.CODE,
                IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, null);
    }

    /**
     * "ул. Ленина, д. 5, кв. 12", "на улицу Ленина, д. 12", "пр-т Мира 3", "г. Казань, ул. Баумана", "на Ленинском
     * проспекте, 5". The street word may be in any case; its name must be capitalised or a number ("улица 8
     * Марта"), so "на улице было холодно" is no address. A street named before its word needs a house number.
     */
    public static PatternRecognizer address() {
        String street = "(?:ул\\.|улиц(?:а|е|у|ы|ей)|пр-т|просп\\.|проспект(?:а|е|у|ом)?|пер\\.|переул(?:ок|ка|ке|ку|ком)"
                + "|б-р|бульвар(?:а|е|у|ом)?|ш\\.|шоссе|наб\\.|набережн(?:ая|ой|ую)|пл\\.|площад(?:ь|и|ью)|мкр\\.?"
                + "|микрорайон(?:а|е|у|ом)?|проезд(?:а|е|у|ом)?)";
        String named = "\\s?(?:\\p{Lu}[\\p{L}-]+|\\d{1,4}\\s\\p{Lu}[\\p{L}-]+)(?:\\s\\p{Lu}[\\p{L}-]+)?";
        String house = ",?\\s?(?:(?:д\\.|дом)\\s?)?\\d+[\\p{L}]?(?:/\\d+)?(?![\\p{L}\\p{N}])";
        String rest = "(?:,?\\s?(?:корп\\.|к\\.|стр\\.)\\s?\\d+)?(?:,?\\s?(?:кв\\.|квартира)\\s?\\d+)?";
        String nameFirst = "\\p{Lu}\\p{Ll}+(?:ий|ый|ой|ая|ом|ем|ого|ую)\\s(?:проспект\\p{Ll}*|переул\\p{Ll}*|бульвар\\p{Ll}*"
                + "|шоссе|проезд\\p{Ll}*|набережн\\p{Ll}*|площад\\p{Ll}*)";
        return new PatternRecognizer("address", Pattern.compile(B + "(?:(?:г\\.\\s?\\p{Lu}[\\p{L}-]+,\\s?)?" + street
                + named + "(?:" + house + ")?" + "|" + nameFirst + house + ")" + rest, Pattern.UNICODE_CASE),
                EntityType.LOCATION, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, null);
    }

    /** "28 июня 2010 г.", "в июне 2010 года", "в конце сентября", "1990-х годах". */
    public static PatternRecognizer date() {
        return new PatternRecognizer("ru-date", Pattern.compile(B + "(?:" + String.join("|",
                "\\d{1,2}\\s" + MONTHS + "(?:\\s\\d{4}(?:\\s?(?:г\\.|года|году))?)?",
                "(?:в\\s)?(?:начале|середине|конце)\\s" + MONTHS + "(?:\\s\\d{4}(?:\\s?(?:г\\.|года|году))?)?",
                MONTHS + "\\s\\d{4}(?:\\s?(?:г\\.|года|году))?",
                "\\d{4}\\s?(?:г\\.|года|году|год)",
                "\\d{4}-(?:х|е)(?:\\sгод\\p{L}*)?") + ")", CI),
                EntityType.DATETIME, IdentifierKind.QUASI, 0.85, Specificity.PATTERN, null);
    }

    /**
     * Military unit numbers "в/ч 12345", fitness categories "категория годности Б", and numbered units
     * "137-й гвардейский парашютно-десантный полк", "5-я отдельная бригада" (an ordinal, up to four lower-case
     * words, a unit noun): a soldier's unit narrows who he is to a few hundred people.
     */
    public static PatternRecognizer military() {
        String unit = "(?:(?:полк|бригад|дивизи|батальон|эскадриль|флотили|отряд|застав)\\p{L}*"
                + "|рот(?:а|ы|е|у|ой)|арми(?:я|и|ю|ей))";
        return new PatternRecognizer("military-unit", Pattern.compile(B + "(?:" + String.join("|",
                "(?:в/ч|(?:войсков|военн)\\p{L}+\\s+част\\p{L}*)\\s?№?\\s?\\d{4,6}",
                "категори\\p{L}+\\s+годности\\s+[АБВГД](?:-?[1-4])?",
                "\\d{1,4}-(?:й|я|го|ой|му|м|ю|е)\\s+(?:[\\p{Ll}-]{3,}\\s+){0,4}" + unit) + ")" + E, CI),
                EntityType.MILITARY, IdentifierKind.QUASI, 0.85, Specificity.PATTERN, null);
    }

    /**
     * Ages: "20-летний", "ему 34 года", "ему за двадцать", "в возрасте 29 лет", "исполнилось 29 лет", and a bare
     * "29 лет" set off by commas or brackets after a name ("Иван Петров, 29 лет, ..."), or "Иван Петров (29)".
     * "за 29 лет работы" is a duration and stays.
     */
    public static PatternRecognizer age() {
        String numberWord = "(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят)";
        String years = "\\d{1,3}\\s(?:год|года|лет)";
        return new PatternRecognizer("age", Pattern.compile(B + "(?:" + String.join("|",
                "\\d{1,3}-летн\\p{L}+",
                "(?:ему|ей|им)\\s(?:уже\\s|было\\s|будет\\s|исполнилось\\s)?(?:за\\s" + numberWord + "|" + years + ")",
                "в\\sвозрасте\\s" + years,
                "исполнил(?:ось|ся|ась|и)\\s" + years,
                // (?=\\d) first: the look-behinds, the second one tried at thirty lengths, then run only before a digit.
                "(?=\\d)(?<=\\p{L},\\s)" + years + "(?=\\s?[,;)]|\\s?\\.(?!\\d)|\\sот\\sроду)",
                "(?=\\d)(?<=\\p{Lu}\\p{Ll}{1,30}\\s\\()\\d{1,3}(?:\\s(?:год|года|лет))?(?=\\))") + ")" + E, CI),
                EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, 0.8, Specificity.PATTERN, null);
    }

    /**
     * An employer or firm named in quotes after what it is or what one does there: "компания «Озон»",
     * "работает в «Пятёрочке»", "ООО «Ромашка»". The quoted name is the finding; the head word is generic.
     */
    public static PatternRecognizer quotedEmployer() {
        String head = "(?:компани|фирм|завод|фабрик|магазин|банк|холдинг|корпораци|концерн|агентств|издательств"
                + "|газет|журнал|телеканал|радиостанци|сет[иь]|ресторан|кафе|клиник|больниц|школ|университет"
                + "|колледж|театр|клуб|фонд|предприяти|организаци|учреждени|стартап)\\p{L}*";
        String legal = "(?:ООО|ОАО|ЗАО|ПАО|АО|НКО|АНО|ГУП|МУП|ФГУП|ГБУ|МБУ|ИП)";
        String works = "(?:работа\\p{L}*|устроил\\p{L}*|уволил\\p{L}*|трудил\\p{L}*|служит|служил\\p{L}*)\\s+(?:в|на)";
        return new PatternRecognizer("quoted-employer", Pattern.compile(B + "(?:(?iu:" + head + "|" + works + ")|"
                + legal + ")\\s+(?<id>«[^«»\\n]{1,60}»|\"[^\"\\n]{1,60}\")", Pattern.UNICODE_CASE),
                EntityType.ORGANIZATION, IdentifierKind.QUASI, 0.8, Specificity.PATTERN, null);
    }

    public static List<Recognizer> all() {
        return List.of(inn(), snils(), ogrn(), passport(), foreignPassport(), militaryId(), plate(),
                AddressUnits.extend(address()), date(),
                military(), age(), quotedEmployer(), BodyMarks.russian(),
                new RussianLexiconRecognizer("occupations", "occupations.txt", EntityType.DEMOGRAPHIC),
                new RussianLexiconRecognizer("family", "family.txt", EntityType.DEMOGRAPHIC),
                new RussianLexiconRecognizer("nationalities", "nationalities.txt", EntityType.DEMOGRAPHIC));
    }
}
