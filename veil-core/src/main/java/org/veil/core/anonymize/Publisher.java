package org.veil.core.anonymize;

import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;

/**
 * The one path from an analysis to publishable output: anonymize it under a policy with a store, then verify
 * the result by analysing the output again and reporting the residual risk. {@code veil text anonymize} and
 * {@code veil review} both export through {@link #publish}, so a reviewed document is written exactly as the
 * command line would write it.
 */
public final class Publisher {
    private final Analyzer analyzer;
    private final Policy policy;

    public Publisher(Analyzer analyzer, Policy policy) {
        this.analyzer = analyzer;
        this.policy = policy;
    }

    /** The anonymized text, the analysis of that output, and the residual-risk report built from both. */
    public record Published(Anonymized anonymized, Analysis output, RiskReport risk) {
    }

    public Policy policy() {
        return policy;
    }

    /** Only the replacement step (no verification): cheap enough for a live preview. */
    public Anonymized anonymize(Analysis analysis, MappingStore store) {
        return new Anonymizer(policy, store).anonymize(analysis);
    }

    /** Anonymize, then run detection again on the output and report what is left. */
    public Published publish(Analysis analysis, MappingStore store) {
        return verify(anonymize(analysis, store), analysis.document());
    }

    /** Runs detection on the anonymized text (in the source's language) and reports what is left. */
    public Published verify(Anonymized anonymized, Document source) {
        Analysis output = analyzer.analyze(new Document(source.id(), anonymized.text(), source.language()));
        return new Published(anonymized, output, RiskReport.of(anonymized, output));
    }
}
