package org.veil.core.recognize;

/**
 * Ranks used by the overlap rule: a finding whose format was validated (checksum, phone metadata) is more
 * specific than a name the statistical model guessed, which is more specific than a lexicon hit.
 */
public final class Specificity {
    public static final int VALIDATED = 40;
    public static final int PATTERN = 30;
    public static final int STATISTICAL = 20;
    public static final int LEXICON = 10;

    private Specificity() {
    }
}
