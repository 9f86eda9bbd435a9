package org.veil.core.recognize.pattern;

import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.PatternRecognizer;
import org.veil.core.recognize.Specificity;

/**
 * A soldier's call sign: call sign "Lis", callsign Grom, позывной «Лис», с позывным "Гром". Comrades, commanders and
 * anyone reading intercepted chats know a man by it, so it is as direct as his name. Only the sign is replaced.
 */
public final class CallSigns {
    private CallSigns() {
    }

    public static PatternRecognizer create() {
        String cue = "(?:(?i:call[ -]?sign(?:ed)?|nom de guerre|nickname)|(?iu:позывн\\p{L}*|кличк\\p{L}*|прозвищ\\p{L}*))";
        String sign = "(?:[«\"“'‘](?<id>[^«»\"“”'‘’\\n]{1,30})[»\"”'’]|(?<id2>\\p{Lu}[\\p{L}-]{1,29}))";
        return new PatternRecognizer("call-sign", Pattern.compile("(?<![\\p{L}\\p{N}])" + cue + "[:\\s]{1,3}(?:is |was |—\\s)?"
                + sign, Pattern.UNICODE_CASE), EntityType.CONTACT, IdentifierKind.DIRECT, 0.85, Specificity.PATTERN,
                null);
    }
}
