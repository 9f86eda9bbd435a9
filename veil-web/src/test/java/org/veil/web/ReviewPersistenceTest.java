package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.EntityType;
import org.veil.core.vault.Vault;

/** Decisions and terms outlive the run in the vault, sealed; without a vault, unexported work is flagged. */
class ReviewPersistenceTest {
    static final char[] PASS = "correct horse battery".toCharArray();
    static final String TEXT = "Dmitri Sokolov met zhenia at the border. Later zhenia left for Tbilisi.\n";
    static Analyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.english();
    }

    ReviewSession session(Vault vault) {
        return new ReviewSession(() -> analyzer, Policies.publish(), new AllowedPaths(List.of(dir)), vault);
    }

    @Test
    void decisionsAndTermsAreSealedInTheVaultAndComeBack() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("b.txt"), "A note: zhenia called again.\n");
        Path vaultFile = dir.resolve("v.vault");
        Vault.create(vaultFile, PASS).close();
        int zhenia = TEXT.indexOf("zhenia");
        try (Vault v = Vault.open(vaultFile, PASS)) {
            ReviewSession s = session(v);
            s.openPath("a.txt");
            Views.DocView after = s.decide(new Decision.Add(zhenia + 1, zhenia + 4, EntityType.PERSON));
            assertEquals(2, after.spans().stream().filter(Views.SpanView::added).count());
            assertFalse(after.unsaved(), "with a vault, every decision is saved at once");
        }
        String raw = new String(Files.readAllBytes(vaultFile), StandardCharsets.ISO_8859_1)
                + (Files.exists(Path.of(vaultFile + "-wal"))
                ? new String(Files.readAllBytes(Path.of(vaultFile + "-wal")), StandardCharsets.ISO_8859_1) : "");
        assertFalse(raw.contains("zhenia"), "decisions hold originals: never in clear on disk");
        try (Vault v = Vault.open(vaultFile, PASS)) {
            ReviewSession s = session(v);
            Views.DocView again = s.openPath("a.txt");
            assertEquals(1, again.decisions(), "the decision is replayed on reopening");
            assertFalse(again.preview().text().contains("zhenia"), again.preview().text());
            Views.DocView next = s.openPath("b.txt");
            assertFalse(next.preview().text().contains("zhenia"), "a denied term is marked in the next document");
            assertEquals("zhenia", next.terms().deny().get(0).text(), "a partial selection makes a whole-word term");
        }
    }

    @Test
    void withoutAVaultUnexportedDecisionsAreFlaggedAndExportAsksBeforeReplacing() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        ReviewSession s = session(null);
        assertFalse(s.openPath("a.txt").unsaved());
        Views.DocView decided = s.decide(new Decision.Keep("E1"));
        assertTrue(decided.unsaved());
        Exporter.Exported out = s.export(false);
        assertEquals(dir.toRealPath().resolve("a.anon.txt"), out.document());
        assertTrue(Files.readString(out.document()).contains("Dmitri Sokolov"), "kept as decided");
        assertFalse(s.view(false).unsaved());
        Refused exists = assertThrows(Refused.class, () -> s.export(false));
        assertEquals(409, exists.status());
        assertTrue(exists.getMessage().startsWith("exists: a.anon.txt"), exists.getMessage());
        assertEquals(List.of("PERSON"), s.risk().keptByReviewer(), "the panel tells what the reviewer kept");
        String report = Files.readString(out.report());
        assertTrue(report.startsWith("Residual risk: ") && !report.contains("Sokolov"), report);
    }
}
