package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.ResourceLines;
import org.veil.core.recognize.Scripts;
import org.veil.core.recognize.Specificity;

/**
 * A Russian word list matched by stem, so every case form hits ("программиста", "женой"). A possessive
 * before the word ("его девушка") joins the span: it says whose relative or job it is.
 */
public final class RussianLexiconRecognizer implements Recognizer {
    private static final Set<String> POSSESSIVES = Set.of("его", "её", "ее", "их", "мой", "моя", "мои", "моего",
        "моей", "свой", "своя", "свои", "своего", "своей", "своим", "своими", "своему");
    private final String name;
    private final EntityType type;
    private final Set<String> stems = new HashSet<>();

    public RussianLexiconRecognizer(String name, String file, EntityType type) {
        this.name = name;
        this.type = type;
        for (String w : ResourceLines.read("/org/veil/core/ru/" + file)) {
            stems.add(RussianGazetteer.stem(w));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Mention> recognize(String text) {
        // The tokens are read off the matcher, not listed: a list of token records for a long (often English)
        // text held hundreds of megabytes for the few Cyrillic words that matter here.
        List<Mention> out = new ArrayList<>();
        if (!Scripts.hasCyrillic(text)) {
            return out; // only a Cyrillic word can be found: an English text is not tokenised at all
        }
        Matcher m = Tokens.matcher(text);
        int previousStart = -1;
        int previousEnd = -1;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (end - start >= 3 && Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.CYRILLIC
                    && stems.contains(RussianGazetteer.stem(text.substring(start, end)))) {
                int from = start;
                if (previousStart >= 0 && POSSESSIVES.contains(
                        text.substring(previousStart, previousEnd).toLowerCase(java.util.Locale.ROOT))) {
                    from = previousStart;
                }
                out.add(new Mention(from, end, type, IdentifierKind.QUASI, 0.65, name, Specificity.LEXICON));
            }
            previousStart = start;
            previousEnd = end;
        }
        return out;
    }
}
