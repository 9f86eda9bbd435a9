package org.veil.core.publics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternScanner;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.ResourceLines;
import org.veil.core.recognize.Specificity;

/**
 * Names of public bodies and instruments (the Council of Europe, the Convention, formal state names such as
 * "Republic of Turkey") as NONE spans. They outrank the statistical model, which tends to cut them into
 * fragments that look like private organisations ("Protection of Human Rights").
 */
public final class PublicNamesRecognizer implements Recognizer {
    private static final String STATE_FORMS = "(?:Republic|Kingdom|Federation|Principality|Grand Duchy|State)";
    /** "The United Kingdom Government", "Turkish Government": a national government is a public body. */
    private static final PatternScanner NATIONAL_GOVERNMENT = PatternScanner.of(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}\\p{L}+ ){1,4})(?:Government|Parliament|Army|Armed Forces)(?![\\p{L}\\p{N}])");
    private final PatternScanner pattern;
    private final Set<String> countryWords;

    public PublicNamesRecognizer() {
        countryWords = new HashSet<>();
        for (String w : ResourceLines.read("/org/veil/core/publics/countries.txt")) {
            countryWords.add(w.toLowerCase(Locale.ROOT));
        }
        List<String> names = new ArrayList<>(ResourceLines.read("/org/veil/core/publics/public-names.txt"));
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        // Formal state names: "Republic of Turkey", "Kingdom of Sweden", "Slovak Republic".
        alt.append("|(?:Federal |Czech |Slovak |Hellenic |Islamic )?").append(STATE_FORMS)
                .append(" of (?:the )?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?")
                .append("|(?:Czech|Slovak|Hellenic) Republic");
        // Hundreds of names in one alternation: an attempt is costly, so the first two letters are checked.
        pattern = PatternScanner.withPairs(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])"));
    }

    @Override
    public String name() {
        return "public-names";
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        PatternScanner.Finder names = pattern.finder(text);
        while (names.find()) {
            out.add(publicBody(names.matcher().start(), names.matcher().end()));
        }
        PatternScanner.Finder governments = NATIONAL_GOVERNMENT.finder(text);
        while (governments.find()) {
            Matcher g = governments.matcher();
            // Leading words that are not country words ("The", "Then") are not part of the body's name.
            int start = g.start();
            String[] words = g.group(1).strip().split(" ");
            int i = 0;
            while (i < words.length && !countryWords.contains(words[i].toLowerCase(Locale.ROOT))) {
                start += words[i].length() + 1;
                i++;
            }
            boolean allCountry = i < words.length;
            for (int j = i; j < words.length; j++) {
                allCountry &= countryWords.contains(words[j].toLowerCase(Locale.ROOT));
            }
            if (allCountry) {
                out.add(publicBody(start, g.end()));
            }
        }
        return out;
    }

    private Mention publicBody(int start, int end) {
        return new Mention(start, end, EntityType.ORGANIZATION, IdentifierKind.NONE, 0.9, name(), Specificity.PATTERN);
    }
}
