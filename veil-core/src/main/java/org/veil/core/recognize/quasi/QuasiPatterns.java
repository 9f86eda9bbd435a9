package org.veil.core.recognize.quasi;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/** Quasi-identifiers with a phrase shape rather than a word list: ages, family, units, employers, amounts. */
public final class QuasiPatterns {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String DECADE = "(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties"
            + "|nineties|[1-9]0s|[1-9]0['’]s)";

    private QuasiPatterns() {
    }

    private static PatternRecognizer phrase(String name, String regex, EntityType type, double confidence) {
        return new PatternRecognizer(name, Pattern.compile(B + "(?:" + regex + ")" + E, CI), type,
                IdentifierKind.QUASI, confidence, Specificity.PATTERN, null);
    }

    /** "aged 34", "34-year-old", "in his 20s", "in her early thirties", "at the age of 17". */
    public static PatternRecognizer age() {
        return phrase("age", String.join("|",
                "aged (?:about |around )?(?:\\d{1,3}|" + NUM_WORD + ")",
                "(?:\\d{1,3}|" + NUM_WORD + ")[- ]years?[- ]old",
                "in (?:his|her|their|my|your) (?:early |mid-?|late )?" + DECADE,
                "(?:at the )?age (?:of )?(?:\\d{1,3}|" + NUM_WORD + ")",
                "(?:his|her|their) age (?:is|was|of) (?:\\d{1,3}|" + NUM_WORD + ")",
                "(?:a |an )?(?:teenager|teenage|minor|underage|elderly|middle-aged|pensioner)"),
                EntityType.DEMOGRAPHIC, 0.8);
    }

    /**
     * Whatever follows "worked as a": catches jobs missing from the lexicon, and generic role words
     * ("lawyer", "officer") only where they are someone's own occupation.
     */
    public static PatternRecognizer jobAs() {
        return new PatternRecognizer("occupation", Pattern.compile(B + "(?:works?|worked|working|employed|job|served"
                + "|serving|career|trained|qualified|practis(?:ed|ing)|practic(?:ed|ing)) as (?:an? |the )?"
                + "(?<id>(?:[\\p{Ll}-]+ ){0,2}?[\\p{Ll}-]+)(?= (?:for|at|in|with|of|until|since|from|and|but)\\b|[,.;:)]|$)",
                Pattern.UNICODE_CASE), EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, 0.7, Specificity.PATTERN, null);
    }

    /**
     * Generic role words ("lawyer", "officer") that the occupation lexicon leaves out because they mostly
     * name other people in a text; after "is a", "was an", "practise as an" they are someone's own job.
     */
    public static PatternRecognizer roleAsJob() {
        String roles = "(?:lawyer|advocate|attorney|barrister|solicitor|judge|prosecutor|notary|officer|official"
                + "|civil servant|police officer|inspector|director|manager|secretary|clerk|assistant|consultant"
                + "|analyst|engineer|driver|guard|agent|principal|specialist|official|administrator|owner"
                + "|editor-in-chief|editor|correspondent|volunteer|trainee|intern)";
        return new PatternRecognizer("occupation", Pattern.compile(B + "(?:is|was|as|became|become|becomes|been"
                + "|be) (?:an? |the )?(?<id>(?:(?:senior|junior|chief|deputy|former|retired|trainee|assistant|head)"
                + " )?" + roles + ")" + E, Pattern.UNICODE_CASE), EntityType.DEMOGRAPHIC, IdentifierKind.QUASI,
                0.65, Specificity.PATTERN, null);
    }

    /**
     * The place after "lives in", "was born in", "moved to": whatever is capitalised there is a place, even
     * when the statistical model does not know it ("lives in Muş", "moved to Bytom").
     */
    public static PatternRecognizer placeOfLiving() {
        String cap = "\\p{Lu}[\\p{L}\\p{M}’'-]+";
        return new PatternRecognizer("residence", Pattern.compile(B + "(?:lives|lived|living|live|resides|resided"
                + "|residing|born|moved|relocated|settled|fled|returned|grew up|stays|stayed|hiding|hides|hid)"
                + " (?:in|to|at|from|near) (?:the )?(?<id>" + cap + "(?:[ -]" + cap + "){0,3})"),
                EntityType.LOCATION, IdentifierKind.QUASI, 0.7, Specificity.PATTERN, s -> !s.matches(
                "(?:January|February|March|April|May|June|July|August|September|October|November|December|The"
                        + "|A|An|His|Her|Their|Its|This|That)"));
    }

    /** A relative named with a possessive or a count: "his girlfriend and her child", "two children". */
    public static PatternRecognizer family() {
        // In-laws first: the engine takes the first alternative that fits, and "brother" fits "brother-in-law".
        String rel = "(?:(?:mother|father|brother|sister|son|daughter)s?-in-law"
                + "|wife|husband|spouse|partner|girlfriend|boyfriend|fianc[ée]e?|sons?|daughters?|child|children"
                + "|kids?|baby|babies|mother|father|parents?|brothers?|sisters?|siblings?|grandmother|grandfather"
                + "|grandparents?|grandsons?|granddaughters?|grandchildren|uncle|aunt|cousins?|nephews?|nieces?"
                + "|stepsons?|stepdaughters?|stepfather"
                + "|stepmother|twins|family)";
        String owner = "(?:his|her|their|my|our|your|\\d+|" + NUM_WORD + ")";
        String mods = "(?:(?:elder|younger|older|eldest|youngest|late|former|ex-|adult|minor|little|infant|new"
                + "|common-law|first|second|only|disabled|sick|pregnant)[ ])*";
        String one = owner + " " + mods + rel;
        return phrase("family", String.join("|",
                one + "(?: and (?:" + one + "|(?:his|her|their) " + mods + rel + "))?",
                "(?:married|divorced|widowed|engaged|single) (?:with|and has) (?:\\d+|" + NUM_WORD + "|a) " + rel,
                "(?:father|mother) of (?:\\d+|" + NUM_WORD + ")",
                "single (?:mother|father|parent)",
                "widow(?:er)?"),
                EntityType.DEMOGRAPHIC, 0.6);
    }

    /** Numbered units and formations: "military unit 12345", "the 76th Guards Air Assault Division". */
    public static PatternRecognizer militaryUnit() {
        String noun = "(?:Division|Brigade|Regiment|Battalion|Company|Platoon|Squadron|Corps|Army|Fleet|Flotilla"
                + "|Detachment|Group|Base)";
        return new PatternRecognizer("military-unit", Pattern.compile(B + "(?:" + String.join("|",
                "(?i:military unit|unit|field post|в/ч)(?: no\\.?| number)? \\d{3,6}",
                "\\d{1,4}(?:st|nd|rd|th)?(?: (?:Separate|Guards|Motor(?:ised|ized)? Rifle|Rifle|Tank|Air Assault"
                        + "|Airborne|Assault|Mechani[sz]ed|Artillery|Missile|Naval Infantry|Marine|Spetsnaz"
                        + "|Special Purpose|Reconnaissance|Engineer|Signals|Combined Arms|Territorial Defen[cs]e"
                        + "|Infantry|Mountain|Parachute|Air|Assault|Special Forces|Logistics))* " + noun,
                // Written in lower case ("his unit is 93rd brigade"): only with an ordinal, "3 companies" is not one.
                "\\d{1,4}(?:st|nd|rd|th) (?:(?i:separate|guards|mechani[sz]ed|motor(?:ised|ized)? rifle|airborne|assault"
                        + "|air assault|tank|artillery|territorial defen[cs]e|marine|naval infantry) )*"
                        + "(?i:division|brigade|regiment|battalion|company|platoon|squadron|corps|army|detachment)") + ")" + E),
                EntityType.MILITARY, IdentifierKind.QUASI, 0.85, Specificity.PATTERN, null);
    }

    /** Descriptions of an employer: "an IT company abroad", "a state-owned bank in Kazan". */
    public static PatternRecognizer employer() {
        String body = "(?:company|firm|bank|factory|plant|newspaper|magazine|radio station|TV channel|television"
                + " channel|hospital|clinic|school|university|college|NGO|charity|startup|start-up|agency|shop|store"
                + "|restaurant|cafe|café|farm|mine|refinery|hotel|call centre|call center|warehouse|office|studio"
                + "|publishing house|law firm|consultancy|corporation|enterprise|organisation|organization)";
        String adj = "(?:(?:IT|tech|technology|software|foreign|local|small|large|big|private|state-owned|state"
                + "|international|western|european|american|russian|ukrainian|logistics|construction|oil|gas"
                + "|security|media|news|independent|opposition|family|regional|municipal|online|delivery|marketing"
                + "|telecom|telecommunications|mining|engineering|defence|defense|military|transport|trading"
                + "|investment|insurance|consulting|design|medical|pharmaceutical|chemical|metallurgical"
                + "|agricultural|taxi|car|furniture|textile|printing|publishing)[ -])+";
        return phrase("employer", "(?:(?:works?|worked|working|employed)(?: remotely| from home)? (?:for|at|in) )?"
                + "(?:an?|the|his|her|their) " + adj + body + "(?: (?:abroad|overseas|in the (?:city|capital|region)))?",
                EntityType.DEMOGRAPHIC, 0.7);
    }

    /** Money, percentages and measured amounts: "EUR 4,000", "250,000 Swedish kronor", "40%", "5 hectares". */
    public static PatternRecognizer quantity() {
        String amount = "\\d{1,3}(?:[,. ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
        String scale = "(?: (?:thousand|million|billion|bn|m))?";
        String code = "(?:EUR|USD|GBP|RUB|UAH|TRL|TRY|PLN|SEK|NOK|DKK|CHF|CZK|HUF|RON|BGN|HRK|ATS|DEM|FRF|ITL|ESP"
                + "|GEL|AMD|AZN|KZT|BYN|MDL|RSD|CYP|GRD|ECU)";
        String word = "(?i:euros?|dollars?|pounds(?: sterling)?|(?:GDR )?marks|roubles?|rubles?|hryvnias?|hryvnia|liras?|lira"
                + "|zlotys?|złoty|kronor|kroner|krona|krone|francs?|marks?|schillings?|lei|leu|dinars?|lari|drams?"
                + "|manats?|tenge|cents?|pence|kopecks?|kuruş)";
        String adjective = "(?:(?:Turkish|Swedish|Norwegian|Danish|Polish|Russian|Ukrainian|Swiss|German|French"
                + "|Austrian|Cypriot|Czech|Hungarian|Romanian|Bulgarian|Croatian|Serbian|new|old|US|American"
                + "|Canadian|Australian|GDR|New|New Turkish)\\s)?";
        String unit = "(?:kg|kilograms?|kilos?|grams?|g|tonnes?|tons?|km|kilometres?|kilometers?|metres?|meters?|m|cm"
                + "|mm|miles?|hectares?|ha|acres?|square metres?|sq\\.? ?m|m2|m²|litres?|liters?|l|packages?"
                + "|tablets?|pills?|doses?|pages?|packages?|bottles?|boxes?|bags?|rounds?|cartridges?)";
        return new PatternRecognizer("quantity", Pattern.compile(B + "(?:" + String.join("|",
                "(?:approximately |about |around |some |over |more than |less than |up to )?" + code + "\\s?(?:" + amount + ")" + scale,
                "(?:approximately |about |around |some |over |more than |less than |up to )?(?:" + amount + ")" + scale
                        + "\\s" + adjective + word + "(?:\\s\\((?:" + code + "|[A-Z]{3})\\))?",
                "[$€£₽₴]\\s?(?:" + amount + ")" + scale,
                "(?:approximately |about |around |some |over |more than |less than |up to )?(?:" + amount + ")" + scale
                        + "\\s" + code + "(?:\\s\\(\\p{Ll}+\\))?",
                "(?:" + amount + ")\\s?(?:%|per ?cent|percent)",
                "(?:" + amount + ")\\s?(?:\\p{Ll}+ )?" + unit) + ")(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE),
                EntityType.QUANTITY, IdentifierKind.QUASI, 0.75, Specificity.PATTERN, null);
    }
}
