package org.veil.core.recognize.ru;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.ResourceLines;
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
        List<Mention> out = new ArrayList<>();
        List<Tokens.Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (t.text().length() < 3 || Character.UnicodeScript.of(t.text().codePointAt(0))
                    != Character.UnicodeScript.CYRILLIC || !stems.contains(RussianGazetteer.stem(t.text()))) {
                continue;
            }
            int start = t.start();
            if (i > 0 && POSSESSIVES.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                start = tokens.get(i - 1).start();
            }
            out.add(new Mention(start, t.end(), type, IdentifierKind.QUASI, 0.65, name, Specificity.LEXICON));
        }
        return out;
    }
}
