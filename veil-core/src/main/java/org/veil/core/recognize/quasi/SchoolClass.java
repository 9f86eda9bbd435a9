package org.veil.core.recognize.quasi;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * A child's class at school: "class 7B", "in the 9th grade", "7 «Б» класс", "учится в 9 классе". With the school it
 * narrows a child down to some twenty-five pupils. Plain "grade 5" (a mark, a category) is not taken.
 */
public final class SchoolClass {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private SchoolClass() {
    }

    public static PatternRecognizer create() {
        String english = String.join("|",
                "(?i:class|form) (?:1[0-2]|[1-9])[ -]?[A-Za-z]",
                "(?i:in|into|entered|started|finished) (?:the )?(?:1[0-2]|[1-9])(?:st|nd|rd|th) (?i:grade|form|class)",
                "(?i:in|into) (?i:grade|year) (?:1[0-2]|[1-9])(?= (?:at|of|in) )");
        String russian = String.join("|",
                "(?:1[01]|[1-9])\\s?[«\"]?[А-Я][»\"]?\\s?класс(?:а|е|у|ом)?",
                // Singular forms only: "5 классов опасности" counts classes.
                "(?:1[01]|[1-9])(?:-?(?:м|й|го|му))?\\s?класс(?:а|е|у|ом)?",
                "(?iu:класс\\p{L}*)\\s(?:1[01]|[1-9])\\s?[«\"]?[А-Яа-я][»\"]?");
        return new PatternRecognizer("education", Pattern.compile(B + "(?:" + english + "|" + russian + ")" + E,
                Pattern.UNICODE_CASE), EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, 0.7, Specificity.PATTERN, null);
    }
}
