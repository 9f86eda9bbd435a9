package org.veil.core.recognize.quasi;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Ages and birth years written the way news reports write them, in English and Russian: "Voronin, 29,",
 * "Galina (61)", "She is 61", "в свои 29", "born in 1995", "1995 года рождения", "Voronin (1962–2020)".
 * Only the number is reported where the words around it stay readable once it is generalised.
 */
public final class AgePatterns {
    private static final String E = "(?![\\p{L}\\p{N}])";
    /** Capitalised words before a comma that are not people: months, weekdays, references, places in a text. */
    private static final String NOT_A_NAME = "(?!(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Article|Articles"
            + "|Section|Sections|Chapter|Chapters|Paragraph|Paragraphs|Page|Pages|Part|Parts|Rule|Rules|Item|Items"
            + "|Table|Figure|Annex|Appendix|Volume|Vol|Note|Notes|Room|Flat|Apartment|House|Building|Block|Unit"
            + "|Street|Road|Avenue|Lane|Square|Windows|Version|Level|Grade|Class|Group|Number|No|Nos|Case|Cases"
            + "|Protocol|Law|Act|Code|Decree|Regulation|However|Also|Then|Thus|Yes|Total|Overall|One|Two|Three"
            + "|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Fourth|Fifth|Last|Next|Previous"
            + "|Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август|Сентябрь|Октябрь|Ноябрь|Декабрь|Статья|Статьи"
            + "|Статье|Глава|Главы|Часть|Части|Пункт|Пункта|Раздел|Том|Страница|Квартира|Дом|Улица|Комната|Итого"
            + "|Однако|Также|Всего)(?![\\p{L}]))";
    /** A capitalised word; it ends where the characters of the class end (greedy, so only one way to match). */
    private static final String NAME_RUN = "\\p{Lu}[\\p{Ll}’'-]+";
    private static final String NAME = NOT_A_NAME + NAME_RUN;
    private static final String YEARS = "(?:years?(?: old)?|лет|года?)";
    /** "29 years" that is a span of time, not an age: "29 years ago", "29 лет назад". */
    private static final String NOT_A_PERIOD = "(?!\\s(?:ago|later|earlier|before|after|since|of|in prison|назад|спустя"
            + "|тому|до|после|из|в\\sтюрьме|на)(?![\\p{L}]))";
    private static final Predicate<String> HUMAN_AGE = s -> {
        int age = Integer.parseInt(s);
        return age >= 1 && age <= 115;
    };

    private AgePatterns() {
    }

    private static PatternRecognizer age(String regex, int flags) {
        return new PatternRecognizer("age", Pattern.compile(regex, flags), EntityType.DEMOGRAPHIC,
                IdentifierKind.QUASI, 0.8, Specificity.PATTERN, HUMAN_AGE);
    }

    /** "Voronin, 29, said", "the victim, Andrei Voronin, 29.", "Воронин, 29 лет, рассказал", "Galina (61)". */
    public static PatternRecognizer apposition() {
        // The look-ahead is what every match needs after the name ("Name, 2" or "Name (2"), checked before the
        // long list of words that are not names: most capitalised words fail it at once.
        return age("(?<![\\p{L}\\p{N}])(?=" + NAME_RUN + "(?:,[ \\u00A0]\\d|[ \\u00A0]\\(\\d))" + NAME
                + "(?:,[ \\u00A0](?<id>\\d{1,3})(?=[,;)]|\\.(?:\\s|$)|[ \\u00A0][—–-][ \\u00A0]"
                + "|[ \\u00A0]" + YEARS + E + NOT_A_PERIOD + ")"
                + "|[ \\u00A0]\\((?<id2>\\d{1,3})(?:[ \\u00A0]" + YEARS + ")?\\))", 0);
    }

    /**
     * "She is 61", "who was 29 when", "he turned 40", "в свои 29", "ей исполнилось 61". The subject must be a
     * pronoun or a name; capitalised abstract nouns ("Unemployment was 12") are not people.
     */
    public static PatternRecognizer copula() {
        String subject = "(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|[Yy]ou|who|(?!(?:It|This|That|There|Here|What|Which|The)\\s)"
                + "\\p{Lu}\\p{Ll}+(?<!tion|ment|ity|ness|ance|ence|ure|age|ing|ism|ate))";
        String verb = "(?: is| was|['’]s| turned| turns| will turn| will be| would have been| had just turned"
                + "| has just turned)(?: (?:now|only|just|barely|nearly|almost|about))?";
        String after = "(?=[ \\u00A0]" + YEARS + E + NOT_A_PERIOD + "|[,.;:!?)](?!\\d)|[ \\u00A0](?:and|but|when|now|today"
                + "|this|last|at|in|so|yet|or|as|by|while|because)(?![\\p{L}])|$)";
        return age("(?<![\\p{L}\\p{N}])(?:" + subject + verb + " (?<id>\\d{1,3})" + after
                + "|(?iu:в\\s(?:свои|свои-то|её|ее|его|мои|твои|наши)\\s)(?<id2>\\d{1,3})(?:\\s(?:года?|лет))?" + E
                + "|(?iu:исполнилось|исполнится|стукнуло)\\s(?<id3>\\d{1,3})" + E + ")", 0);
    }

    /**
     * A year of birth: "born in 1995", "b. 1995", "1995 года рождения", "1995 г.р.", "родился в 1995 году", and a
     * person's life span "Voronin (1962–2020)". A DATETIME, labelled as a birth year; Russian forms keep their
     * words so the span is as long as the plain date found on it.
     */
    public static PatternRecognizer birthYear() {
        String year = "(?:1[89]|20)\\d{2}";
        return new PatternRecognizer("birth-year", Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + "(?i:born|b\\.)(?:,? (?:in|on))?(?: the year)? (?<id>" + year + ")(?![\\p{N}/])"
                + "|(?<id2>" + year + "\\s?(?:г\\.\\s?р\\.|г\\.р|года\\sрождения|г\\.\\sрождения|гг\\.\\sрождения))"
                + "|(?iu:родил(?:ся|ась|ись)|рожд(?:ён|ен|ена|ены))\\s(?:в\\s)?(?<id3>" + year + "(?:\\s?(?:году|г\\.)|-м)?)"
                + "(?![\\p{N}])"
                + "|(?=" + NAME_RUN + "[ \\u00A0]\\(\\d)" + NAME + "[ \\u00A0]\\((?<id4>" + year + "[ \\u00A0]?[–—-][ \\u00A0]?" + year + ")\\))"),
                EntityType.DATETIME, IdentifierKind.QUASI, 0.9, Specificity.PATTERN, null);
    }
}
