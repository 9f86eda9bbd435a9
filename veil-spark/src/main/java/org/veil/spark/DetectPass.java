package org.veil.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;

/**
 * Pass 1, on the workers: each document analysed on its own by the single-machine analyzer (detection and
 * in-document linking), its spans and entities kept for the driver's corpus-wide decision and for pass 2.
 * Rows of {@link Columns#DETECTED}.
 */
final class DetectPass implements MapPartitionsFunction<Row, Row> {
    private final String lang;

    private DetectPass(String lang) {
        this.lang = lang;
    }

    static Dataset<Row> run(Dataset<Row> input, String lang) {
        return input.mapPartitions(new DetectPass(lang), Encoders.row(Columns.DETECTED));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return detect(rows.next());
            }
        };
    }

    private Row detect(Row r) {
        String id = r.getString(0);
        String text = r.getString(1);
        if (r.getString(3) != null) {
            return RowFactory.create(id, null, null, null, r.getString(2), r.getString(3));
        }
        if (text == null) {
            return RowFactory.create(id, null, null, null, "read", "the document has no text");
        }
        try {
            String language = Engines.language(lang, text);
            Analysis analysis = Engines.analyzer().analyze(new Document(id, text, language));
            return RowFactory.create(id, text, language, AnalysisCodec.encode(analysis), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            // Recorded and never written: a document Veil could not analyse is not published unanonymized.
            return RowFactory.create(id, null, null, null, "detect", Columns.failure(e));
        }
    }
}
