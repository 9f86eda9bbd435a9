package org.veil.core.publics;

import java.util.regex.Pattern;
import org.veil.core.recognize.PatternScanner;

/**
 * Times that belong to the public record rather than to a person's life: lengths of time ("for four days",
 * a "two-month" time-limit) say nothing about who someone is, and the date of a public event ("the invasion
 * on 24 February 2022", "the 2014 annexation", the day a law came into force) is history. The date of anything
 * a person did, an age and a prison term, detention or other penalty stay masked.
 */
final class TimeContext {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final PatternScanner LENGTH_UNIT = PatternScanner.of("(?i)(?<![\\p{L}])(?:years?|months?|weeks?|days?"
            + "|hours?|minutes?|decades?|лет|года?|годам?и?|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*|дня|сут\\p{L}*"
            + "|час\\p{L}*)(?![\\p{L}])");
    /** A calendar anchor turns a length into a date: "two days before 3 May", "in 2001". */
    private static final PatternScanner ANCHOR = PatternScanner.of("(?i)\\b(?:" + MONTHS + ")\\b|\\d{4}|\\b(?:ago|later"
            + "|earlier|before|after|since|until)\\b");
    private static final String EVENT = "(?:invasions?|annexation|occupation|war|wars|referendum|elections?|coup"
            + "|coup d['’]état|revolution|uprising|independence|reunification|unification|ceasefire|cease-fire"
            + "|armistice|summit|olympics|olympic games|world cup|earthquake|tsunami|pandemic|lockdown|mobili[sz]ation"
            + "|terrorist attacks?|massacre|genocide|dissolution|collapse|disaster|siege|liberation|partition"
            + "|inauguration|treaty|entry into force)";
    /**
     * A prison term or another penalty stays masked: with the court and the date it points at one case, and
     * annotators of court records treat it as a quasi-identifier.
     */
    private static final PatternScanner PENALTY_BEFORE = PatternScanner.of("(?iu)(?:\\b(?:sentenced|sentence|sentences"
            + "|condemned|jailed|imprisoned|imprisonment|commuted|penalty|punishable|debarred|disqualified"
            + "|suspension|served|serving|serve|detention|detained|custody|remand|arrest|arrested)\\b|(?<!\\p{L})(?:приговор\\p{L}*|осужд\\p{L}*|осуди\\p{L}*"
            + "|срок\\p{L}*|лишени\\p{L}* свободы))[^.;!?]{0,40}$");
    private static final PatternScanner PENALTY_AFTER = PatternScanner.of("(?iu)^(?:['’]s?)?(?: and (?:a half|[\\p{L}\\d-]+"
            + " (?:years?|months?|weeks?|days?|hours?)))?['’]?s? (?:imprisonment|prison|in prison|in jail|jail"
            + "|of imprisonment|detention|in detention|custody|penal|probation|suspended|sentence|term|in default"
            + "|behind bars|of (?:prison|jail|hard labour|corrective labour|community service)|лишения свободы"
            + "|колони\\p{L}*|заключени\\p{L}*|тюрьм\\p{L}*)");
    /** "aged 22 years", "eighteen years of age": an age, not a length of time. */
    private static final PatternScanner AGE_BEFORE = PatternScanner.of("(?i)\\b(?:aged|age of|age|at the age of)\\s*$");
    private static final PatternScanner AGE_AFTER = PatternScanner.of("(?i)^[- ](?:of age|old)\\b");
    /** A law or an edition named by its date: "the Law of 27 December 1993", "(1994 edition)". */
    private static final PatternScanner LAW_OF_BEFORE = PatternScanner.of("(?:Law|Act|Decree|Regulation|Regulations|Code"
            + "|Convention|Treaty|Protocol|Ordinance|Directive|Resolution|Constitution)(?: (?:no|No)\\.? ?[\\d/.-]+)?"
            + ",? (?:of|dated) $");
    private static final PatternScanner EDITION_AFTER = PatternScanner.of("(?i)^ (?:edition|ed\\.|version|census)\\b");
    /** A law or an instrument named by its year: "the 1998 Act", "the 1980 Hague Convention". */
    private static final PatternScanner LAW_AFTER = PatternScanner.of("^['’]?s?(?: \\p{Lu}[\\p{L}-]+){0,3} (?:Act|Law|Code"
            + "|Convention|Constitution|Treaty|Protocol|Regulations?|Decree|Statute|Charter|Directive|Agreement"
            + "|Accords?)\\b");
    private static final PatternScanner EVENT_AFTER = PatternScanner.of("(?i)^['’]?s?(?: [\\p{Lu}][\\p{L}-]+| [\\p{L}-]+"
            + "(?= " + EVENT + "\\b)){0,3} " + EVENT + "\\b");
    private static final PatternScanner EVENT_BEFORE = PatternScanner.of("(?i)\\b" + EVENT
            + "(?: (?:of|in|on|against|by|to|into)(?: the)?(?: [\\p{Lu}][\\p{L}-]+){1,3})?"
            + "(?: (?:which|that))?(?: (?:began|started|took place|happened|occurred|was held|were held|held"
            + "|ended|broke out|was declared|was signed|came))?,? (?:on|in|of|at|since|from|dated)(?: the)? $");
    /** Public deeds after the date: "On 1 November 1998 Protocol No. 11 came into force". */
    private static final Pattern DEED_AFTER = Pattern.compile("(?i)\\b(?:(?:entered|came|enters|comes|come"
            + "|enter) into force|took effect|(?:was|were) (?:adopted|enacted|promulgated|ratified|amended|repealed"
            + "|signed|published in the official)|changed the composition of its sections|invaded|annexed"
            + "|declared (?:its )?independence|held (?:elections|a referendum)|began (?:its|the) (?:invasion|war))"
            + "\\b");
    private static final Pattern RU_EVENT_NEAR = Pattern.compile("(?iu)(?<!\\p{L})(?:вторжени\\p{L}*"
            + "|аннекси\\p{L}*|оккупаци\\p{L}*|войн\\p{L}*|референдум\\p{L}*|выбор\\p{L}*|переворот\\p{L}*"
            + "|революци\\p{L}*|независимост\\p{L}*|вступил\\p{L}* в силу|вступлени\\p{L}* в силу|мобилизаци\\p{L}*"
            + "|теракт\\p{L}*|землетрясени\\p{L}*|распад\\p{L}*)");
    /** A state's deed before the date: "Russia invaded Ukraine on 24 February 2022". */
    private static final PatternScanner DEED_BEFORE = PatternScanner.of("(?i)\\b(?:invaded|annexed|attacked|occupied"
            + "|(?:entered|came) into force|took effect|declared (?:its )?independence)(?: [\\p{L}\\p{N}.-]+){0,4}"
            + " (?:on|in|since)(?: the)? $");
    /** Words that tie the time to a person: then it is their date, not history. */
    private static final Pattern PERSONAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:applicants?|he|she|him|her"
            + "|his|hers|they|them|their|i|me|my|we|us|our|mr|mrs|ms|son|daughter|wife|husband|mother|father"
            + "|family|born|arrested|detained|lawyer|он|она|они|его|её|ее|их|мы|я|меня|нас|родил\\p{L}*"
            + "|задержа\\p{L}*|арестова\\p{L}*)(?![\\p{L}])");

    private TimeContext() {
    }

    static boolean isPublic(String text, int start, int end) {
        String surface = text.substring(start, end);
        String after = Clauses.after(text, end);
        if (LENGTH_UNIT.finds(surface) && !ANCHOR.finds(surface)) {
            String before = Clauses.before(text, start);
            return !PENALTY_BEFORE.finds(before) && !PENALTY_AFTER.finds(after)
                    && !AGE_BEFORE.finds(before) && !AGE_AFTER.finds(after);
        }
        if (LAW_AFTER.finds(after) || EVENT_AFTER.finds(after)
                || EDITION_AFTER.finds(after)) {
            return true;
        }
        String before = Clauses.before(text, start);
        if (LAW_OF_BEFORE.finds(before)) {
            return true;
        }
        if ((EVENT_BEFORE.finds(before) || DEED_BEFORE.finds(before)) && !PERSONAL.matcher(before).find()) {
            return true;
        }
        var deed = DEED_AFTER.matcher(after);
        if (deed.find() && deed.start() <= 80 && !PERSONAL.matcher(after.substring(0, deed.start())).find()) {
            return true;
        }
        var ru = RU_EVENT_NEAR.matcher(before + " " + after.substring(0, Math.min(after.length(), 40)));
        return ru.find() && !PERSONAL.matcher(before).find()
                && !PERSONAL.matcher(after.substring(0, Math.min(after.length(), 40))).find();
    }
}
