package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.vault.Vault;

/**
 * Deciding replacements and replacing are separable (a corpus job decides on one machine, replaces on many):
 * a plan decided from the spans alone, then applied with only the store's secrets, writes exactly what
 * anonymizing in one step writes with a store of the same secrets.
 */
class DecidedPlanTest {
    private static final Analyzer ANALYZER = Analyzer.english();
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final List<String> DOCS = List.of(
            "Pavel Voronin met Olga Sidorova in Ryazan on 3 March 2021. Voronin called her at +7 912 345 67 89.",
            "Паша Воронин и Ольга Сидорова приехали в Рязань. Pavel wrote to olga.sidorova@mail.ru.",
            "Mr Dmitri Sokolov and Voronin work at the depot in Kazan.");

    @TempDir
    Path dir;

    @Test
    void aDecidedPlanAppliedWithSecretsOnlyWritesWhatOneStepWrites() throws Exception {
        for (Policy policy : List.of(Policies.publish(), Policies.pseudonymise())) {
            Path a = dir.resolve(policy.name() + "-a.vault");
            Vault.create(a, PASS).close();
            Path b = dir.resolve(policy.name() + "-b.vault");
            Files.copy(a, b);
            try (Vault oneStep = Vault.open(a, PASS); Vault split = Vault.open(b, PASS)) {
                for (String text : DOCS) {
                    Analysis analysis = ANALYZER.analyze(new Document("d", text, "en"));
                    String expected = new Anonymizer(policy, oneStep).anonymize(analysis).text();
                    // Decided without the text, as a driver does from the spans it was sent.
                    Analysis withoutText = new Analysis(new Document("d", "", "en"), analysis.spans(),
                            analysis.entities());
                    Anonymizer.Plan plan = new Anonymizer(policy, split).plan(withoutText);
                    String replaced = new Anonymizer(policy, new SecretsOnly(split)).anonymize(analysis, plan).text();
                    assertEquals(expected, replaced, policy.name());
                }
            }
        }
    }

    @Test
    void aPlanForAnotherDocumentIsRefused() {
        MemoryStore store = new MemoryStore();
        Anonymizer anonymizer = new Anonymizer(Policies.publish(), store);
        Anonymizer.Plan other = anonymizer.plan(ANALYZER.analyze(Document.of("Nothing to see here.")));
        Analysis analysis = ANALYZER.analyze(Document.of("Pavel Voronin met Olga Sidorova."));
        assertThrows(IllegalArgumentException.class, () -> anonymizer.anonymize(analysis, other));
    }

    /** A store that only answers for the secrets replacing reads; any look-up fails the test. */
    private record SecretsOnly(MappingStore store) implements MappingStore {
        @Override
        public Optional<String> lookup(EntityType type, String alias) {
            throw new AssertionError("replacing looked up the store");
        }

        @Override
        public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
            throw new AssertionError("replacing wrote the store");
        }

        @Override
        public void alias(EntityType type, String known, Collection<String> aliases) {
            throw new AssertionError("replacing wrote the store");
        }

        @Override
        public int next(String label) {
            throw new AssertionError("replacing numbered a placeholder");
        }

        @Override
        public byte[] secret(String purpose) {
            if (!Anonymizer.SECRET_PURPOSES.contains(purpose)) {
                throw new AssertionError("secret " + purpose + " is not listed in SECRET_PURPOSES");
            }
            return store.secret(purpose);
        }
    }
}
