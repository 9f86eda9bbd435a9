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
        description = "Held-out P/R/F1 per type (PER, LOC, ORG), any-type recall and entity recall on factRuEval folders.")
final class FactRuEval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--split", defaultValue = "source", paramLabel = "source|index",
            description = "source: contiguous blocks of document ids, so no outlet or story series is split between"
                    + " training and test (default); index: every k-th document (easier, leakier)")
    String split;

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
        FactRuCrossValidation.Split how = switch (split) {
            case "source" -> FactRuCrossValidation.Split.SOURCE;
            case "index" -> FactRuCrossValidation.Split.INDEX;
            default -> throw new UserError("--split must be source or index, not " + split);
        };
        FactRuCrossValidation.Result r = FactRuCrossValidation.run(docs, folds, epochs, how);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d documents, %d folds split by %s; each fold tagged by a model trained without it%n",
                docs.size(), folds, how == FactRuCrossValidation.Split.SOURCE
                        ? "contiguous id blocks (the devset names no source; neighbouring ids share one)" : "index");
        out.println("a gold mention is found when a span of its type covers at least half of it;"
                + " any-type: a span of any type does");
        for (FactRuCrossValidation.Fold f : r.folds()) {
            out.printf("fold %s..%s (%d documents): %s%n", f.first(), f.last(), f.documents(), brief(f.scorer()));
        }
        out.printf("%-4s %6s %6s %9s %7s %7s %9s%n", "type", "gold", "found", "precision", "recall", "F1",
                "any-type");
        r.scorer().byType().forEach((type, s) -> {
            if (List.of("PER", "LOC", "ORG").contains(type)) {
                out.printf("%-4s %6d %6d %9.3f %7.3f %7.3f %9.3f%n", type, s.gold(), s.predicted(), s.precision(),
                        s.recall(), s.f1(), s.anyTypeRecall());
            }
        });
        out.printf("entity-level recall (every mention of an entity covered): %.3f%n", r.scorer().entityRecall());
        out.printf("throughput: %.1f KB/s (characters / 512, full analyzer)%n", r.chars() / 512.0 / r.seconds());
        out.flush();
        return 0;
    }

    private static String brief(FactRuScorer s) {
        StringBuilder sb = new StringBuilder();
        for (String type : List.of("PER", "LOC", "ORG")) {
            FactRuScorer.TypeScore t = s.byType().get(type);
            if (t != null) {
                sb.append(String.format("%s R %.3f P %.3f  ", type, t.recall(), t.precision()));
            }
        }
        return sb.toString().trim();
    }
}
