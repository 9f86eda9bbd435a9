package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.core.eval.FactRuCorpus;
import org.veil.core.eval.FactRuCrossValidation;
import org.veil.core.eval.FactRuDocument;
import org.veil.core.eval.FactRuScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veil eval factru DIR}: cross-validated figures on factRuEval folders. Each fold's documents are
 * tagged by a model trained on the other folds only, so no figure comes from a model that saw its test text.
 */
@Command(name = "factru", mixinStandardHelpOptions = true,
        description = "Cross-validated P/R/F1 per type (PER, LOC, ORG) and entity recall on factRuEval folders.")
final class FactRuEval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (documents split by index)")
    int folds;

    @Option(names = "--epochs", defaultValue = "8")
    int epochs;

    @Override
    public Integer call() {
        List<FactRuDocument> docs;
        try {
            docs = FactRuCorpus.read(dir);
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        if (folds < 2 || folds > docs.size()) {
            throw new UserError("--folds must be between 2 and the number of documents (" + docs.size() + ")");
        }
        FactRuCrossValidation.Result r = FactRuCrossValidation.run(docs, folds, epochs);
        FactRuScorer scorer = r.scorer();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d documents, %d-fold cross-validation (train on %d/%d of the documents, test on the rest)%n",
                docs.size(), folds, folds - 1, folds);
        out.printf("%-4s %6s %6s %9s %7s %7s%n", "type", "gold", "found", "precision", "recall", "F1");
        scorer.byType().forEach((type, s) -> {
            if (List.of("PER", "LOC", "ORG").contains(type)) {
                out.printf("%-4s %6d %6d %9.3f %7.3f %7.3f%n", type, s.gold(), s.predicted(), s.precision(),
                        s.recall(), s.f1());
            }
        });
        out.printf("entity-level recall (every mention of an entity covered): %.3f%n", scorer.entityRecall());
        out.printf("throughput: %.1f KB/s (characters / 512, full analyzer)%n", r.chars() / 512.0 / r.seconds());
        out.flush();
        return 0;
    }
}
