package org.veil.core.recognize.quasi;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Distinguishing marks on a body: "a tattoo of a swallow on her left wrist", "шрам над левой бровью". Police
 * descriptions and facial-recognition searches key on them, so with an age and a town they can single a person
 * out. The mark and what follows it (what it shows, where it is) go together.
 */
public final class BodyMarks {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String WORD = "[\\p{L}'’-]+";

    private BodyMarks() {
    }

    public static PatternRecognizer english() {
        String head = "(?:tattoos?|scars?|birthmarks?|burn marks?|piercings?|port-wine stain)";
        String determiner = "(?:(?:a|an|the|his|her|their|my|your) (?:" + WORD + " )?)?";
        String preposition = "(?:of|on|across|above|below|under|over|near|showing|depicting|reading|in the shape of)";
        String tail = "(?: " + preposition + "(?: (?:a|an|the|his|her|their|my|your|its))?"
                + "(?: (?:left|right|upper|lower|inner|outer))?" + words(preposition) + ")";
        return mark("(?i:" + determiner + head + tail + "{0,2})");
    }

    public static PatternRecognizer russian() {
        String head = "(?:татуировк\\p{L}*|тату|наколк\\p{L}*|шрам\\p{L}*|рубц\\p{L}*|рубец|родинк\\p{L}*"
                + "|родим\\p{L}+ пятн\\p{L}*|пирсинг\\p{L}*)";
        String preposition = "(?:в виде|на|над|под|у|со?|через|во?|поперёк|поперек|около|возле)";
        String tail = "(?: " + preposition + words(preposition) + ")";
        return mark("(?iu:" + head + tail + "{0,2})");
    }

    /** One or two words that are not the next preposition, so a second "on her wrist" is taken whole. */
    private static String words(String preposition) {
        return "(?: (?!" + preposition + "(?![\\p{L}]))" + WORD + "){1,2}";
    }

    private static PatternRecognizer mark(String regex) {
        return new PatternRecognizer("body-mark", Pattern.compile(B + regex + E, Pattern.UNICODE_CASE),
                EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, 0.75, Specificity.PATTERN, null);
    }
}
