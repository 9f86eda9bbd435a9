package org.veil.core.publics;

import java.util.regex.Pattern;
import org.veil.core.recognize.PatternScanner;

/**
 * Whether a place is where someone lives, stays, hides, works, was born or moves to ("he is staying in
 * Tbilisi", "она переехала в Грузию"). Such a place is never public context, whatever the place: it is the
 * whereabouts of the people being protected.
 */
final class Whereabouts {
    private static final String EN_VERB = "(?:live|lives|lived|living|reside|resides|resided|residing|stay|stays"
            + "|stayed|staying|hide|hides|hid|hiding|hidden|shelter(?:s|ed|ing)?|move|moves|moved|moving|relocate"
            + "|relocated|relocating|flee|flees|fled|fleeing|escape|escaped|escaping|emigrate|emigrated|emigrating"
            + "|immigrated|settle|settled|settling|return|returns|returned|returning|travel|travels|travelled"
            + "|traveled|travelling|traveling|go|goes|went|gone|going|come|comes|came|coming|arrive|arrives"
            + "|arrived|arriving|born|raised|grew up|grow up|work|works|worked|working|employed|based"
            + "|stud(?:y|ies|ied|ying)|practis(?:e|es|ed|ing)|practic(?:e|es|ed|ing)|detained|held|imprisoned"
            + "|jailed|arrested|deported|expelled|extradited|sent|taken|transferred|located|registered|domiciled"
            + "|remain|remains|remained|remaining|home|house|flat|apartment|address)";
    private static final String EN_PREPOSITION = "(?:in|to|at|from|near|into|inside|outside|around|within|across"
            + "|through|out of)";
    /** A verb of living or moving, up to four words, a preposition, an optional article, then the place. */
    private static final PatternScanner EN = PatternScanner.of("(?i)\\b" + EN_VERB
            + "(?: [\\p{L}\\p{N}’',-]+){0,4}? " + EN_PREPOSITION + " (?:the )?$");
    /** The country after a town: "lives in Laupheim (Germany)", "moved to Kazan, Russia". */
    private static final PatternScanner EN_AFTER_TOWN = PatternScanner.of("(?i)\\b" + EN_VERB
            + "(?: [\\p{L}\\p{N}’',-]+){0,4}? " + EN_PREPOSITION
            + " (?:the )?(?-i:\\p{Lu}[\\p{L}\\p{M}’'-]+)(?: (?-i:\\p{Lu}[\\p{L}\\p{M}’'-]+)){0,2}(?: \\(|, ?)$");
    /** "he is now in Tbilisi", "a native of Georgia", "she is from Kazakhstan": where someone is or is from. */
    private static final PatternScanner EN_BEING = PatternScanner.of("(?i)\\b(?:(?:is|was|are|were|be|been|being|am)"
            + "(?: (?:now|still|currently|already|back|safely|temporarily|staying|hiding|somewhere))* (?:in|at)"
            + "|(?:is|was|are|were|comes?|came|originally|hails?|hailed|people|man|woman|men|women|family) from"
            + "|(?:native|natives|citizen|citizens|national|nationals|resident|residents|inhabitant|inhabitants)"
            + " of) (?:the )?$");
    /** Places as direct objects: "fled Russia", "left Georgia", "visited Kyiv". */
    private static final PatternScanner EN_OBJECT = PatternScanner.of("(?i)\\b(?:fled|flee|flees|fleeing|left|leave|leaves"
            + "|leaving|visit|visits|visited|visiting|entered|enter|enters|entering|reached|reach|reaching"
            + "|escaped|escape) (?:the )?$");
    private static final String RU_VERB = "(?:жив\\p{L}*|жил\\p{L}*|прожива\\p{L}*|проживал\\p{L}*|находи\\p{L}*"
            + "|находил\\p{L}*|останови\\p{L}*|остановил\\p{L}*|скрыва\\p{L}*|скрывал\\p{L}*|пряче\\p{L}*|прята\\p{L}*"
            + "|переех\\p{L}*|переезжа\\p{L}*|перебрал\\p{L}*|уех\\p{L}*|уезжа\\p{L}*|бежал\\p{L}*|сбежал\\p{L}*"
            + "|убежал\\p{L}*|эмигрир\\p{L}*|верн\\p{L}*|возвращ\\p{L}*|приех\\p{L}*|приезжа\\p{L}*|прибыл\\p{L}*"
            + "|поех\\p{L}*|отправил\\p{L}*|роди\\p{L}*|родил\\p{L}*|вырос\\p{L}*|работа\\p{L}*|учи\\p{L}*"
            + "|учил\\p{L}*|посели\\p{L}*|поселил\\p{L}*|осел\\p{L}*|задержа\\p{L}*|арестова\\p{L}*|депортир\\p{L}*"
            + "|выслан\\p{L}*|выехал\\p{L}*|въехал\\p{L}*|оказал\\p{L}*|сейчас|теперь|родом|уроженец|уроженка"
            + "|гражданин|гражданка|дом|квартир\\p{L}*)";
    private static final PatternScanner RU = PatternScanner.of("(?iu)(?<!\\p{L})" + RU_VERB
            + "(?: [\\p{L}\\p{N},-]+){0,4}? (?:в|во|на|из|под|около|у|до|к|ко|через) $");
    private static final PatternScanner RU_OBJECT = PatternScanner.of("(?iu)(?<!\\p{L})(?:покинул\\p{L}*|покида\\p{L}*"
            + "|посетил\\p{L}*|посеща\\p{L}*) $");

    private Whereabouts() {
    }

    /** @param text the analysed text; {@code start} where the place begins */
    static boolean precedes(String text, int start) {
        String before = Clauses.before(text, start);
        return EN.finds(before) || EN_AFTER_TOWN.finds(before) || EN_BEING.finds(before)
                || EN_OBJECT.finds(before) || RU.finds(before) || RU_OBJECT.finds(before);
    }
}
