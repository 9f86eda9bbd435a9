package org.veil.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;

/** End-to-end figures on the TAB dev subset in ../shared; skipped, with a message, when it is absent. */
class TabBenchmarkTest {
    static Path shared(String relative) {
        String root = System.getProperty("veil.shared", "../shared");
        return Path.of(root).resolve(relative);
    }

    static String line(String name, TabScore s) {
        return String.format("%-9s ER_di %.3f  ER_qi %.3f  token recall %.3f  token precision %.3f  NO_MASK masked %.3f"
                        + "  by type %s", name, s.erDirect(), s.erQuasi(), s.tokenRecall(), s.tokenPrecision(),
                s.noMaskMasked(), s.recallByType());
    }

    @Test
    void devSubsetMeetsTargets() throws Exception {
        Path dev = shared("data/tab/tab_dev_subset.json");
        if (!Files.exists(dev)) {
            System.out.println("SKIPPED: TAB dev subset not found at " + dev.toAbsolutePath()
                    + " (expected ../shared beside the project)");
        }
        assumeTrue(Files.exists(dev), "TAB dev subset absent at " + dev.toAbsolutePath());
        List<TabDocument> docs = TabCorpus.read(dev);
        TabEvaluation.Result r = TabEvaluation.run(docs, Analyzer.english());
        String out = System.getProperty("veil.masksOut");
        if (out != null) {
            new com.fasterxml.jackson.databind.ObjectMapper().writeValue(Path.of(out).toFile(), r.masks());
        }
        System.out.println(line("veil", r.veil()));
        System.out.println(line("baseline", r.baseline()));
        TabScore s = r.veil();
        // Measured with the default English tagger (the perceptron distilled from the CRF): ER_di 1.000, ER_qi
        // 0.889, recall 0.904, precision 0.782, NO_MASK masked 0.282; the old CRF path in the same run: 1.000,
        // 0.893, 0.901, 0.807, 0.270. The floors are issue 13's, which the tagger had to keep.
        assertTrue(s.erDirect() >= 0.97, line("veil", s));
        assertTrue(s.erQuasi() >= 0.88, line("veil", s));
        assertTrue(s.tokenRecall() >= 0.90, line("veil", s));
        assertTrue(s.tokenPrecision() >= 0.76, line("veil", s));
        assertTrue(s.noMaskMasked() <= 0.30, line("veil", s));
    }
}
