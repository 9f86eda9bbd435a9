package org.veil.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes what pass 2 produced under OUTPUT: {@code documents/} in the input's format (only documents that were
 * anonymized and verified), {@code risk/} (one JSON line per document: counts by type and level, never an
 * original) and {@code errors/} (documents left out, with the stage and the kind of failure).
 */
final class CorpusOutput {
    static final String DOCUMENTS = "documents";
    static final String RISK = "risk";
    static final String ERRORS = "errors";

    private CorpusOutput() {
    }

    static void write(Dataset<Row> published, CorpusOptions o) {
        Dataset<Row> ok = published.where(col("error").isNull());
        String documents = o.output() + "/" + DOCUMENTS;
        switch (o.format()) {
            case TEXT -> ok.select("id", "text").foreachPartition(new TextFiles(documents));
            case JSONL -> ok.select(col("id").as(o.idColumn()), col("text").as(o.textColumn()))
                    .write().mode(SaveMode.ErrorIfExists).json(documents);
            case PARQUET -> ok.select(col("id").as(o.idColumn()), col("text").as(o.textColumn()))
                    .write().mode(SaveMode.ErrorIfExists).parquet(documents);
        }
        ok.drop("text", "error_stage", "error").coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).json(o.output() + "/" + RISK);
        published.where(col("error").isNotNull()).select("id", "error_stage", "error").coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).json(o.output() + "/" + ERRORS);
    }

    /**
     * One file per document at its input's relative path. Each is written whole to a temporary name and
     * moved into place, so a retried task replaces its own earlier files with the same bytes.
     */
    private static final class TextFiles implements ForeachPartitionFunction<Row> {
        private final String root;

        TextFiles(String root) {
            this.root = root;
        }

        @Override
        public void call(Iterator<Row> rows) throws IOException {
            Path base = Path.of(root);
            TaskContext task = TaskContext.get();
            String attempt = task == null ? "0" : task.taskAttemptId() + "";
            while (rows.hasNext()) {
                Row r = rows.next();
                Path target = base.resolve(r.getString(0)).normalize();
                if (!target.startsWith(base)) {
                    throw new IllegalStateException("a document id leads outside the output folder");
                }
                Files.createDirectories(target.getParent());
                Path staged = target.resolveSibling("." + target.getFileName() + ".veil-" + attempt);
                try {
                    Files.write(staged, r.getString(1).getBytes(StandardCharsets.UTF_8));
                    Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.deleteIfExists(staged);
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
