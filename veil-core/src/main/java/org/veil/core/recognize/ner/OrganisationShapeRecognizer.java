package org.veil.core.recognize.ner;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Organisations by shape: capitalised words ending in a head noun that only organisations have ("Borough",
 * "Tribunal", "Ltd", "Prison"), optionally "of Place". Catches what the statistical model misses in legal and
 * administrative prose; national bodies are then re-marked public by the public-entity rule.
 */
public final class OrganisationShapeRecognizer {
    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{M}&'’-]*)";
    private static final String HEAD = "(?:Tribunal|Court|Council|Borough|Municipality|Committee|Commission|Authority"
            + "|Agency|Directorate|Department|Ministry|Office|Prison|Hospital|Clinic|University|College|School|Academy"
            + "|Institute|Bank|Company|Corporation|Association|Union|Party|Foundation|Society|Fund|Bureau|Police"
            + "|Prosecutor['’]s Office|Service|Board|Chamber|Group|Holding|Ltd\\.?|LLC|Inc\\.?|GmbH|AG|plc|PLC|OOO|JSC"
            + "|Newspaper|Gazette|Times|News|Radio|TV\\d*|Television)";

    private OrganisationShapeRecognizer() {
    }

    public static PatternRecognizer create() {
        return new PatternRecognizer("org-shape", Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + CAP + "[ \\u00A0]){1,5}" + HEAD
                        + "(?: of (?:the )?" + CAP + "(?:[ \\u00A0]" + CAP + "){0,3})?(?![\\p{L}\\p{N}])"),
                EntityType.ORGANIZATION, IdentifierKind.QUASI, 0.6, Specificity.STATISTICAL, s -> !s.startsWith("The ")
                || s.split(" ").length > 2);
    }
}
