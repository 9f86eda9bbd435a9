package org.veil.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.veil.core.io.InputRejected;
import org.veil.core.io.TextInput;

/** Reads a corpus into rows of {@link Columns#INPUT}: id, text, or why the document could not be read. */
final class CorpusInput {
    private CorpusInput() {
    }

    static Dataset<Row> read(SparkSession spark, CorpusOptions o) {
        return switch (o.format()) {
            case TEXT -> textFolder(spark, Path.of(o.input()));
            case JSONL -> table(spark.read().json(o.input()), o);
            case PARQUET -> table(spark.read().parquet(o.input()), o);
        };
    }

    /** Only the id and the text are read: other columns may name people, and they are not anonymized. */
    private static Dataset<Row> table(Dataset<Row> in, CorpusOptions o) {
        List<String> columns = Arrays.asList(in.columns());
        for (String c : List.of(o.idColumn(), o.textColumn())) {
            if (!columns.contains(c)) {
                throw new CorpusRefused("the input has no column '" + c + "' (use --id-column / --text-column)");
            }
        }
        if (!in.where(col(o.idColumn()).isNull()).isEmpty()) {
            throw new CorpusRefused("every document needs an id; some rows have no '" + o.idColumn() + "'");
        }
        return in.select(col(o.idColumn()).cast(DataTypes.StringType).as("id"),
                col(o.textColumn()).cast(DataTypes.StringType).as("text"),
                lit(null).cast(DataTypes.StringType).as("error_stage"),
                lit(null).cast(DataTypes.StringType).as("error"));
    }

    /** Files are listed on the driver and read on the workers (the folder must be on a shared file system). */
    private static Dataset<Row> textFolder(SparkSession spark, Path root) {
        if (!Files.isDirectory(root)) {
            throw new CorpusRefused("--format text needs a folder of text files: " + root);
        }
        List<Row> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(root.relativize(p)))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(rel -> files.add(RowFactory.create(rel, root.resolve(rel).toString())));
        } catch (IOException e) {
            throw new CorpusRefused("cannot list " + root + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new CorpusRefused("no text files in " + root);
        }
        StructType listed = new StructType().add("id", DataTypes.StringType, false)
                .add("path", DataTypes.StringType, false);
        int slices = Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
        return spark.createDataFrame(files, listed).repartition(slices)
                .mapPartitions(new ReadFiles(), Encoders.row(Columns.INPUT));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Decodes each file as the single-machine command does (UTF-8, no binary, size limit). */
    private static final class ReadFiles implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            TextInput reader = new TextInput();
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String id = r.getString(0);
                try {
                    out.add(RowFactory.create(id, reader.readFile(Path.of(r.getString(1)), id), null, null));
                } catch (InputRejected e) {
                    // TextInput's reasons name the file and the problem, never its content.
                    out.add(RowFactory.create(id, null, "read", e.getMessage()));
                } catch (UncheckedIOException e) {
                    out.add(RowFactory.create(id, null, "read", Columns.failure(e)));
                }
            }
            return out.iterator();
        }
    }
}
