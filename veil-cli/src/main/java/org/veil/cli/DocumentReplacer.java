package org.veil.cli;

import java.util.function.Function;
import org.veil.core.Publisher;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.model.Analysis;
import org.veil.core.vault.Vault;

/**
 * Replacement for many documents through one mapping store (the vault, or one in memory for the run), so one
 * person gets one pseudonym across all of them. Neither store is thread-safe and pseudonyms are numbered in the
 * order they are met: callers replace one document at a time, in input order (see {@link OrderedPipeline}).
 */
final class DocumentReplacer {
    private final Publisher publisher;
    private final Vault vault;
    private final MemoryStore memory = new MemoryStore();

    /** @param vault the vault, or null for a store in memory */
    DocumentReplacer(Publisher publisher, Vault vault) {
        this.publisher = publisher;
        this.vault = vault;
    }

    Publisher publisher() {
        return publisher;
    }

    /**
     * Replaces the identifiers of {@code analysis}; {@code inside} runs inside the vault's transaction, so when
     * it fails (say, the output cannot be staged) the vault keeps nothing of this document.
     */
    <T> T replace(Analysis analysis, Function<Anonymized, T> inside) {
        if (vault == null) {
            return inside.apply(publisher.anonymize(analysis, memory));
        }
        return vault.inTransaction(() -> inside.apply(publisher.anonymize(analysis, vault)));
    }
}
