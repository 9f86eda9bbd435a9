package org.veil.core.recognize.pattern;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Institutions known by a number: "City Clinical Hospital No. 15", "School No. 57", "SIZO-1", "больница № 2",
 * "школа №57", "ИК-6". The number pinpoints one building, so where someone is treated, taught or held
 * narrows them down as much as a town does.
 */
public final class NumberedInstitutions {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String NUMBER = "\\d{1,5}(?:/\\d{1,3})?(?:-?[A-Za-zА-Яа-я](?![\\p{L}]))?";
    /** Penitentiary and school abbreviations, in Cyrillic and transliterated, written "SIZO-1" or "ИК № 6". */
    private static final String ABBREVIATION = "(?:СИЗО|ИК|ИВС|ЛИУ|ИЗ|КП|ЛТП|ВК|ГКБ|ЦРБ|СОШ|ПНД|ПНИ|ОП|ОВД|ОМВД"
            + "|SIZO|IK|IVS|LIU|IZ|GKB|TsRB|SOSh|OVD|OMVD)(?:-|[ \\u00A0]?(?:№|No\\.?|N)[ \\u00A0]?)" + NUMBER;

    private NumberedInstitutions() {
    }

    private static PatternRecognizer institution(String regex) {
        return new PatternRecognizer("institution", Pattern.compile(B + "(?:" + regex + ")" + E), EntityType.ORGANIZATION,
                IdentifierKind.QUASI, 0.85, Specificity.PATTERN, null);
    }

    /** Up to three capitalised words before the head noun ("Moscow City Clinical Hospital No. 15"). */
    public static PatternRecognizer english() {
        String head = "(?i:(?:maternity |psychiatric |children's |children’s |district |city |regional )?hospital"
                + "|polyclinic|clinic|(?:secondary |primary |high |boarding |music |sports )?school|lyceum|gymnasium"
                + "|kindergarten|nursery|orphanage|children's home|children’s home|(?:penal |correctional )?colony"
                + "|prison|(?:pre-trial |temporary )?detention (?:centre|center|facility|unit)|remand (?:centre|center"
                + "|prison)|police (?:station|department|precinct)|precinct|dormitory|hostel|infirmary|college"
                + "|polling station|maternity home|isolation ward|ward)";
        String modifier = "(?:(?!(?:In|At|The|From|To|On|By|For|With|And|Of|A|An|This|That|His|Her)\\s)\\p{Lu}[\\p{L}'’-]+[ ]){0,3}";
        return institution(String.join("|",
                modifier + head + "[ \\u00A0]?(?:No\\.?|no\\.|Nr\\.?|#|№|number)[ \\u00A0]?" + NUMBER,
                // Moscow-style numbering without "No." ("Gymnasium 1520", "Penal Colony 6"), only with a capitalised
                // head noun: "at school 3 days a week" is no institution.
                modifier + "(?=\\p{Lu})" + head + "[ \\u00A0]" + NUMBER,
                "(?:FKU |FGU )?" + ABBREVIATION));
    }

    /** Lower-case adjectives before the noun ("городской клинической больнице № 15"), any case ending. */
    public static PatternRecognizer russian() {
        String adjective = "(?:\\p{IsCyrillic}[\\p{IsCyrillic}-]*(?:ая|ой|ую|ий|ый|ое|ого|ому|ым|ом|ей|ые|ых|им|ими)\\s){0,3}";
        String head = "(?iu:больниц\\p{L}*|поликлиник\\p{L}*|клиник\\p{L}*|госпитал\\p{L}*|диспансер\\p{L}*|школ\\p{L}*"
                + "|лице\\p{L}*|гимнази\\p{L}*|детск\\p{L}+\\sсад\\p{L}*|сад\\p{L}*|ясл\\p{L}*|детск\\p{L}+\\sдом\\p{L}*"
                + "|интернат\\p{L}*|роддом\\p{L}*|родильн\\p{L}+\\sдом\\p{L}*|колони\\p{L}*|тюрьм\\p{L}*|изолятор\\p{L}*"
                + "|(?:отдел|отделени)\\p{L}*\\sполиции|отделени\\p{L}*|участк\\p{L}*|участок|училищ\\p{L}*|колледж\\p{L}*"
                + "|техникум\\p{L}*|общежити\\p{L}*|морг\\p{L}*|избирательн\\p{L}+\\sучаст\\p{L}*)";
        return institution(String.join("|",
                adjective + head + "[ \\u00A0]?(?:№|N)[ \\u00A0]?" + NUMBER,
                "(?:ФКУ |ФГУ |ГБУЗ |ГУЗ |МБОУ |ГБОУ )?" + ABBREVIATION));
    }
}
