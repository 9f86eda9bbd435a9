package org.veil.core;

import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.Policy;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.verify.RiskReport;
import org.veil.core.verify.Verification;
import org.veil.core.verify.Verifier;

/**
 * The one path from an analysis to publishable output: anonymize it under a policy with a store, then verify
 * the result (the independent leak check and candidate sweep, plus detection run again on the output) and
 * report the residual risk. {@code veil text anonymize} and {@code veil review} both go through here, so a
 * reviewed document is written and verified exactly as the command line would.
 */
public final class Publisher {
    private final Analyzer analyzer;
    private final Policy policy;
    private final Verifier verifier;

    public Publisher(Analyzer analyzer, Policy policy) {
        this.analyzer = analyzer;
        this.policy = policy;
        this.verifier = Verifier.standard();
    }

    /**
     * The anonymized text, the analysis of that output (null when skipped), the independent checks and the
     * report built from them.
     */
    public record Published(Anonymized anonymized, Analysis output, Verification verification, RiskReport risk) {
    }

    public Policy policy() {
        return policy;
    }

    /** Only the replacement step (no verification): cheap enough for a live preview. */
    public Anonymized anonymize(Analysis analysis, MappingStore store) {
        return new Anonymizer(policy, store).anonymize(analysis);
    }

    /** Anonymize, then verify. */
    public Published publish(Analysis analysis, MappingStore store) {
        return verify(anonymize(analysis, store), analysis.document());
    }

    /**
     * Outputs up to this many characters are also analysed again. Text outside Veil's replacements is the
     * input's own, so a second detection finds little; on long texts it would double the cost, while the
     * independent checks, which look for what the detector may have missed, run on every output.
     */
    public static final int REDETECT_LIMIT = 256 * 1024;

    /**
     * Checks the anonymized text independently, runs detection on it again (in the source's language) if it is
     * no longer than {@link #REDETECT_LIMIT}, and reports.
     */
    public Published verify(Anonymized anonymized, Document source) {
        Verification verification = verifier.verify(anonymized);
        Analysis output = anonymized.text().length() > REDETECT_LIMIT ? null
                : analyzer.analyze(new Document(source.id(), anonymized.text(), source.language()));
        return new Published(anonymized, output, verification, RiskReport.of(anonymized, output, verification));
    }
}
