package org.veil.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Cross-validated Russian figures on the factRuEval devset in ../shared; skipped, saying so, when absent. */
class FactRuBenchmarkTest {
    @Test
    void devsetCrossValidatedTargets() throws Exception {
        Path dir = Path.of(System.getProperty("veil.shared", "../shared"), "data/factru/devset");
        if (!Files.isDirectory(dir)) {
            System.out.println("SKIPPED: factRuEval devset not found at " + dir.toAbsolutePath());
        }
        assumeTrue(Files.isDirectory(dir), "factRuEval devset absent at " + dir.toAbsolutePath());
        FactRuScorer s = FactRuCrossValidation.run(FactRuCorpus.read(dir), 5, 8).scorer();
        var per = s.byType().get("PER");
        var loc = s.byType().get("LOC");
        var org = s.byType().get("ORG");
        String figures = String.format("PER P %.3f R %.3f F1 %.3f | LOC R %.3f | ORG R %.3f | entity recall %.3f",
                per.precision(), per.recall(), per.f1(), loc.recall(), org.recall(), s.entityRecall());
        System.out.println(figures);
        assertTrue(per.recall() >= 0.93, figures);
        assertTrue(per.f1() >= 0.90, figures);
        assertTrue(loc.recall() >= 0.85, figures);
        assertTrue(org.recall() >= 0.70, figures);
    }
}
