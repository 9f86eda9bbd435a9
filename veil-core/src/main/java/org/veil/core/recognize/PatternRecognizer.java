package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

/**
 * A regular expression plus an optional validator (checksum, range check). The finding is the named group
 * {@code id} when the pattern has one, otherwise the whole match, so context words can anchor a pattern
 * without being masked. Alternatives that anchor differently name their groups {@code id2} … {@code id9}
 * (Java forbids one name twice); the first group that took part in the match is the finding.
 */
public class PatternRecognizer implements Recognizer {
    private final String name;
    private final PatternScanner scanner;
    private final EntityType type;
    private final IdentifierKind kind;
    private final double confidence;
    private final int specificity;
    private final Predicate<String> validator;
    private final List<String> idGroups;

    public PatternRecognizer(String name, Pattern pattern, EntityType type, IdentifierKind kind,
                             double confidence, int specificity, Predicate<String> validator) {
        this.name = name;
        this.scanner = PatternScanner.of(pattern);
        this.type = type;
        this.kind = kind;
        this.confidence = confidence;
        this.specificity = specificity;
        this.validator = validator == null ? s -> true : validator;
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String group = i == 1 ? "id" : "id" + i;
            if (pattern.pattern().contains("(?<" + group + ">")) {
                groups.add(group);
            }
        }
        this.idGroups = List.copyOf(groups);
    }

    public PatternRecognizer(String name, String regex, EntityType type, IdentifierKind kind,
                             double confidence, int specificity) {
        this(name, Pattern.compile(regex), type, kind, confidence, specificity, null);
    }

    /** The pattern, with what is known of where its matches can start; for tests. */
    PatternScanner scanner() {
        return scanner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> found = new ArrayList<>();
        PatternScanner.Finder matches = scanner.finder(text);
        while (matches.find()) {
            Matcher m = matches.matcher();
            int s = idGroups.isEmpty() ? m.start() : -1;
            int e = idGroups.isEmpty() ? m.end() : -1;
            for (String g : idGroups) {
                if (m.start(g) >= 0) {
                    s = m.start(g);
                    e = m.end(g);
                    break;
                }
            }
            if (s < 0 || e <= s) {
                continue;
            }
            if (validator.test(text.substring(s, e))) {
                found.add(new Mention(s, e, type, kind, confidence, name, specificity));
            }
        }
        return found;
    }
}
