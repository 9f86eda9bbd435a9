package org.veil.core.anonymize;

import java.util.List;

/** The anonymized text, the text it came from, and a record of every replacement, in text order. */
public record Anonymized(String text, String source, String policy, List<Replacement> replacements) {
    public Anonymized {
        replacements = List.copyOf(replacements);
    }
}
