package org.veil.core.recognize.ner;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Local places by shape: one or two capitalised words before a noun that only places have ("Dezerter bazaar",
 * "Tishinsky market", "Kursky station"). The statistical model misses such names when the word is unknown to it,
 * and a market or a station near where someone lives is exactly the detail that gives them away. Adjectives of
 * nations and regions ("the Russian market", "Central station") are not names and are left to other rules.
 */
public final class PlaceShapeRecognizer {
    private static final String CAP = "(?:(?!\\p{Lu}\\p{L}*(?:ian|ean|ese|ish|ic|al|ern)(?![\\p{L}]))\\p{Lu}(?:[\\p{L}\\p{M}-]|['’](?=\\p{Lu}))+)";
    private static final String HEAD = "(?i:bazaar|market|flea market|park|square|railway station|bus station"
            + "|metro station|station|bridge|embankment|cathedral|church|mosque|synagogue|monastery|cemetery|hotel"
            + "|hostel|caf[eé]|restaurant|bar|pub|nightclub|mall|shopping cent(?:re|er)|stadium|quarter|neighbourhood"
            + "|neighborhood|estate|village|settlement|checkpoint|border crossing|crossing)";

    private PlaceShapeRecognizer() {
    }

    public static PatternRecognizer create() {
        return new PatternRecognizer("place-shape", Pattern.compile(
                // Not at the start of a sentence, where any word is capitalised.
                "(?<=[\\p{L}\\p{N},;:'’\"“(] )" + CAP + "(?: " + CAP + ")? " + HEAD
                        + "(?![\\p{L}\\p{N}])"),
                EntityType.LOCATION, IdentifierKind.QUASI, 0.55, Specificity.STATISTICAL, null);
    }
}
