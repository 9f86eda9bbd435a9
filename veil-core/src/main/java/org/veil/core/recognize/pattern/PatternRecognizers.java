package org.veil.core.recognize.pattern;

import java.util.List;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Identifiers with a recognisable shape: contacts, network addresses, account and card numbers, document
 * and case numbers, plates and coordinates. Where a context word anchors the pattern ("passport no."), only
 * the named group {@code id} is reported.
 */
public final class PatternRecognizers {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private PatternRecognizers() {
    }

    public static PatternRecognizer email() {
        return new PatternRecognizer("email", Pattern.compile(
                B + "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}" + E),
                EntityType.CONTACT, IdentifierKind.DIRECT, 0.95, Specificity.VALIDATED, null);
    }

    public static PatternRecognizer url() {
        return new PatternRecognizer("url", Pattern.compile(
                B + "(?:https?://|www\\.)[^\\s<>\"“”]+[^\\s<>\"“”.,;:!?)]"
                        + "|" + B + "(?:t\\.me|vk\\.com|facebook\\.com|fb\\.com|instagram\\.com|twitter\\.com|x\\.com"
                        + "|tiktok\\.com|youtube\\.com|ok\\.ru|linkedin\\.com/in)/[\\p{L}\\p{N}_.@/-]*[\\p{L}\\p{N}_]", CI),
                EntityType.CONTACT, IdentifierKind.DIRECT, 0.9, Specificity.VALIDATED, null);
    }

    /**
     * "@name" social handles (Instagram's may hold dots, GitHub's hyphens); the look-behind keeps e-mail domains
     * out, and back-quotes code ("`@self`"). Bare handles are {@link HandleRecognizer}'s.
     */
    public static PatternRecognizer handle() {
        return new PatternRecognizer("handle", Pattern.compile("(?<![\\p{L}\\p{N}._%+`\\\\-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,30}"
                + "[A-Za-z0-9_])?(?![\\p{L}\\p{N}@`])"),
                EntityType.CONTACT, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, null);
    }

    public static PatternRecognizer ipv4() {
        return new PatternRecognizer("ipv4", Pattern.compile(B + "(?<!\\.)\\d{1,3}(?:\\.\\d{1,3}){3}(?!\\.?\\d)"),
                EntityType.CONTACT, IdentifierKind.DIRECT, 0.9, Specificity.VALIDATED, Checksums::ipv4);
    }

    public static PatternRecognizer ipv6() {
        return new PatternRecognizer("ipv6", Pattern.compile(
                "(?<![\\p{L}\\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\p{L}\\p{N}:])"),
                EntityType.CONTACT, IdentifierKind.DIRECT, 0.9, Specificity.VALIDATED, Checksums::ipv6);
    }

    public static PatternRecognizer iban() {
        return new PatternRecognizer("iban", Pattern.compile(B + "[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?" + E),
                EntityType.CODE, IdentifierKind.DIRECT, 0.95, Specificity.VALIDATED, Checksums::iban);
    }

    public static PatternRecognizer paymentCard() {
        return new PatternRecognizer("payment-card", Pattern.compile(B + "\\d{4}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}" + E),
                EntityType.CODE, IdentifierKind.DIRECT, 0.9, Specificity.VALIDATED, Checksums::luhn);
    }

    /**
     * Application and case numbers: "no. 36110/97", "nos. 28291/95 and 29280/95", "Case No. 2-1234/2019".
     * The number alone is the span; lists after "nos." are caught by {@link #caseNumberListItem()}.
     */
    public static PatternRecognizer caseNumber() {
        return new PatternRecognizer("case-number", Pattern.compile(
                B + "(?:applications?|case|file|ref(?:erence)?|docket|register|registration|decision|judgment"
                        + "|complaint|record|no|nos|number|numbers|№)\\.?(?:[ \\u00A0](?:no|nos|number|numbers|№)\\.?)?"
                        + "[ \\u00A0]*(?<id>[A-Z]{0,3}[ -]?\\d[\\d./-]*\\d(?:/\\d+)?)" + E, CI),
                EntityType.CODE, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, s -> s.matches(".*\\d.*[/.-].*\\d.*|.*\\d{4,}.*"));
    }

    /** "36110/97"-shaped numbers anywhere: in running text the shape is nearly always an application number. */
    public static PatternRecognizer caseNumberListItem() {
        return new PatternRecognizer("case-number", Pattern.compile("(?<![\\p{L}\\p{N}/.])\\d{2,6}/(?:19|20)?\\d{2}(?![\\p{L}\\p{N}/])"),
                EntityType.CODE, IdentifierKind.DIRECT, 0.75, Specificity.PATTERN, null);
    }

    /** Passport, identity card, social security, tax and similar numbers named by a context word. */
    public static PatternRecognizer documentNumber() {
        return new PatternRecognizer("document-number", Pattern.compile(
                B + "(?:passport|identity card|ID card|ID|identity|national insurance|social security|SSN|tax"
                        + "|taxpayer|personal|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|registration|account"
                        + "|military ID|service|serial|membership|badge|policy)"
                        + "(?:[ \\u00A0](?:no|number|code|card|ID))?\\.?[: \\u00A0#]*(?:is[ \\u00A0])?"
                        + "(?<id>(?-i:[A-Z]{0,3})[ -]?\\d(?:[\\d]|[ -](?=\\d)){3,18}(?-i:[A-Z])?)" + E, CI),
                EntityType.CODE, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, s -> s.replaceAll("\\D", "").length() >= 4);
    }

    public static PatternRecognizer ssn() {
        return new PatternRecognizer("ssn", Pattern.compile(B + "\\d{3}-\\d{2}-\\d{4}" + E),
                EntityType.CODE, IdentifierKind.DIRECT, 0.85, Specificity.VALIDATED, Checksums::ssn);
    }

    /** UK plates ("AB12 CDE") anywhere: the shape is distinctive. */
    public static PatternRecognizer ukPlate() {
        return new PatternRecognizer("vehicle-plate", Pattern.compile(B + "[A-Z]{2}\\d{2}[ ]?[A-Z]{3}" + E),
                EntityType.CODE, IdentifierKind.DIRECT, 0.8, Specificity.PATTERN, null);
    }

    /**
     * French "AB-123-CD" (SIV letters, no I, O, U) and Ukrainian "AA 1234 BB" (letters shared by Cyrillic and
     * Latin, in either script) anywhere: both shapes are distinctive.
     */
    public static PatternRecognizer euPlate() {
        String fr = "[A-HJ-NP-TV-Z]";
        String ua = "[ABCEHIKMOPTXАВСЕНІКМОРТХ]";
        return new PatternRecognizer("vehicle-plate", Pattern.compile(B + "(?:" + fr + "{2}-\\d{3}-" + fr + "{2}"
                + "|" + ua + "{2} ?(?!0000)\\d{4} ?" + ua + "{2})" + E),
                EntityType.CODE, IdentifierKind.DIRECT, 0.8, Specificity.PATTERN, null);
    }

    /**
     * Any other plate format (German "B-AB 1234", US "7ABC123", "ABC-1234"), only after a context word
     * ("licence plate", "plate number", "госномер"). The bare "номер" is too common: it only anchors a Russian
     * plate without its region (see RussianRecognizers.plate).
     */
    public static PatternRecognizer contextPlate() {
        String plate = "(?-i:[A-ZÄÖÜА-ЯЁ0-9](?:[A-ZÄÖÜА-ЯЁ0-9]|[ -](?=[A-ZÄÖÜА-ЯЁ0-9])){3,12})";
        String strong = "(?:registration|licen[cs]e|number|car|vehicle)[ -]plates?(?:[ ]number)?|plates?(?: number| no\\.?)?"
                + "|registration mark|reg\\.? (?:no\\.?|number)|kennzeichen|госномер\\p{L}*|гос\\.? ?номер\\p{L}*"
                + "|государственн\\p{L}+ (?:регистрационн\\p{L}+ )?(?:номер\\p{L}*|знак\\p{L}*)|номерн\\p{L}+ знак\\p{L}*";
        return new PatternRecognizer("vehicle-plate", Pattern.compile(B + "(?:(?:" + strong + ")(?:,? (?:is|was|of|—|-))?)"
                + "[: ]*[\"“«]?(?<id>" + plate + ")" + E, CI),
                EntityType.CODE, IdentifierKind.DIRECT, 0.8, Specificity.PATTERN, s -> s.matches(".*\\d.*"));
    }

    /**
     * Street addresses: English "221B Baker Street", "flat 4, 12 Park Road", "Lenina Street 12" and transliterated Russian
     * "ul. Lenina 5, kv. 12" / "prospekt Mira, d. 3". The house-level detail is what makes them direct.
     */
    public static PatternRecognizer streetAddress() {
        String street = "(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Boulevard|Blvd\\.?|Drive|Square|Place|Way"
                + "|Close|Crescent|Terrace|Gardens|Grove|Row|Embankment|Highway|Straße|Strasse|Sokak|Sokağı|Caddesi|Cad\\.)";
        String flat = "(?:,? (?:flat|apartment|apt\\.?|kv\\.|unit) ?\\d+[A-Za-z]?)?";
        return new PatternRecognizer("address", Pattern.compile(String.join("|",
                B + "(?:(?:flat|apartment|apt\\.?) \\d+[A-Za-z]?, )?\\d{1,5}[A-Za-z]?,? (?:\\p{Lu}[\\p{L}'-]+ ){1,3}" + street + E,
                // Number after the street, as Russian and most European addresses are written in English:
                // "Lenina Street 12", "Tverskaya St., 7/2"; a year after a street ("Wall Street 2008") is not one.
                B + "(?:\\p{Lu}[\\p{L}'-]+ ){1,3}" + street + ",? (?:No\\.? ?|№ ?)?(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}[A-Za-z]?(?:/\\d+)?" + flat + E,
                B + "(?:ul\\.|ulitsa|prospekt|pr-t|pr\\.|per\\.|pereulok|bulvar|shosse|naberezhnaya|ploshchad|pl\\."
                        // Ukrainian: vulytsia, provulok, prospekt, ploshcha
                        + "|vul\\.|vulytsia|vulytsya|prov\\.|provulok|prosp\\.|ploshcha)"
                        + " \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?(?:,? (?:d\\.|dom|house)? ?\\d+[A-Za-z]?"
                        + "(?:/\\d+)?)?" + flat + E)),
                EntityType.LOCATION, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN, null);
    }

    /** Decimal "55.7558, 37.6173" with three or more decimals, and degree-minute-second forms. */
    public static PatternRecognizer gps() {
        return new PatternRecognizer("gps", Pattern.compile(
                B + "-?\\d{1,2}\\.\\d{3,}[,;]?\\s*-?\\d{1,3}\\.\\d{3,}" + E
                        + "|" + B + "\\d{1,3}°\\s*\\d{1,2}[′']\\s*(?:\\d{1,2}(?:\\.\\d+)?[″\"]\\s*)?[NS],?\\s*"
                        + "\\d{1,3}°\\s*\\d{1,2}[′']\\s*(?:\\d{1,2}(?:\\.\\d+)?[″\"]\\s*)?[EW]" + E),
                EntityType.LOCATION, IdentifierKind.DIRECT, 0.9, Specificity.VALIDATED,
                s -> s.contains("°") || Checksums.latLon(s));
    }

    public static List<Recognizer> all() {
        return List.of(email(), url(), handle(), new HandleRecognizer(), ipv4(), ipv6(), iban(), paymentCard(),
                caseNumber(), caseNumberListItem(), documentNumber(), ssn(), gps(), new PhoneRecognizer(), ukPlate(),
                euPlate(), AddressUnits.extend(streetAddress()), AddressUnits.standalone(), contextPlate(),
                CallSigns.create(),
                NumberedInstitutions.english(), NumberedInstitutions.russian());
    }
}
