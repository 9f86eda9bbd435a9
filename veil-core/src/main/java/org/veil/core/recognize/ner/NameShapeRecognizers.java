package org.veil.core.recognize.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/** Names the statistical model tends to miss because of their shape: titled initials and acronyms. */
public final class NameShapeRecognizers {
    /** A capitalised name word; an apostrophe only inside it (O'Brien), never the possessive "'s". */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}-]|['’](?=\\p{Lu}))+";

    private NameShapeRecognizers() {
    }

    /** "Mr F.L.", "Ms N.Ö. Akın", "Dr Yalman": an honorific makes what follows a person. */
    public static PatternRecognizer titledName() {
        return new PatternRecognizer("titled-name", Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?[ \\u00A0]+"
                        + "(?:(?:\\p{Lu}\\.[ \\u00A0]?)+(?:" + WORD + ")?|" + WORD + "(?:[ \\u00A0]" + WORD + "){0,3})"),
                EntityType.PERSON, IdentifierKind.DIRECT, 0.8, Specificity.STATISTICAL, null);
    }

    /** Unknown upper-case acronyms in running text ("COTOREP", "EWE"): usually an organisation. */
    public static Recognizer acronym() {
        return new AcronymRecognizer();
    }

    private static final class AcronymRecognizer implements Recognizer {
        private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,8}(?![\\p{L}\\p{N}])");
        /** Acronyms of public bodies, units, documents or plain English that identify nobody. */
        private static final Set<String> COMMON = Set.of("USA", "USSR", "NATO", "OSCE", "UNHCR", "UNICEF", "ECHR",
                "GDP", "CEO", "NGO", "DNA", "HIV", "AIDS", "PTSD", "COVID", "FBI", "CIA", "KGB", "FSB", "GRU", "SBU",
                "MVD", "BBC", "CNN", "EUR", "USD", "GBP", "RUB", "TRL", "TRY", "PLN", "SEK", "NOK", "DEM", "ATS",
                "PDF", "URL", "SMS", "GPS", "IBAN", "ATM", "TV", "OK", "AM", "PM", "II", "III", "IV", "VI", "VII",
                "VIII", "XII", "XIII", "XIV", "XV", "XX", "XXI", "THE", "AND", "FOR", "NOT", "ECJ", "GC", "CPT",
                "ИНН", "СНИЛС", "ОГРН", "ОГРНИП", "РФ", "СССР", "МВД", "ФСБ", "СМИ", "ООН", "ЕСПЧ", "ВСУ");

        @Override
        public String name() {
            return "acronym";
        }

        @Override
        public List<Mention> recognize(String text) {
            List<Mention> out = new ArrayList<>();
            Matcher m = ACRONYM.matcher(text);
            while (m.find()) {
                boolean placeholder = m.start() > 0 && text.charAt(m.start() - 1) == '[';
                if (!COMMON.contains(m.group()) && !placeholder && !inHeading(text, m.start())) {
                    out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, IdentifierKind.QUASI, 0.5,
                            name(), Specificity.LEXICON));
                }
            }
            return out;
        }

        /** Headings are written in capitals ("THE FACTS"): a line with no lower-case letter is one. */
        private static boolean inHeading(String text, int at) {
            int s = text.lastIndexOf('\n', at) + 1;
            int e = text.indexOf('\n', at);
            String line = text.substring(s, e < 0 ? text.length() : e);
            return line.chars().noneMatch(Character::isLowerCase);
        }
    }
}
