package org.veil.core.recognize.ner;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * Local places by shape: one or two capitalised words before a noun that only places have ("Dezerter bazaar",
 * "Tishinsky market", "Kursky station"; рынок «Дезертир», ЖК «Солнечный»). The statistical model misses such names when the word is unknown to it,
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

    /** Russian names a place in quotes after its noun: рынок «Дезертир», в кафе «Пушкин», ЖК «Солнечный». */
    private static final String RU_HEAD = "(?iu:рын(?:ок|ка|ке|ку|ком)|кафе|ресторан\\p{L}*|бар(?:а|е|у|ом)?|магазин\\p{L}*"
            + "|торгов\\p{L}+ центр\\p{L}*|тц|трц|гостиниц\\p{L}*|отел(?:ь|я|е|ю|ем)|хостел\\p{L}*|клуб(?:а|е|у|ом)?"
            + "|парк(?:а|е|у|ом)?|стадион\\p{L}*|станци\\p{L}* метро|жк|жил\\p{L}+ комплекс\\p{L}*|санатори\\p{L}*"
            + "|посёл\\p{L}*|посел\\p{L}*|сел(?:о|а|е|у|ом)|деревн\\p{L}*|снт|днп)";

    public static PatternRecognizer create() {
        return new PatternRecognizer("place-shape", Pattern.compile(
                // Not at the start of a sentence, where any word is capitalised.
                "(?<=[\\p{L}\\p{N},;:'’\"“(] )(?<id2>" + CAP + "(?: " + CAP + ")? " + HEAD + ")(?![\\p{L}\\p{N}])"
                        + "|(?<![\\p{L}\\p{N}])" + RU_HEAD + " [«\"„](?<id>[^«»\"“”\\n]{2,40})[»\"“”]"),
                EntityType.LOCATION, IdentifierKind.QUASI, 0.55, Specificity.STATISTICAL, null);
    }
}
