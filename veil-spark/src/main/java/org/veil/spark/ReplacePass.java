package org.veil.spark;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.veil.core.Publisher;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.Policy;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.verify.RiskReport;

/**
 * Pass 2, on the workers: each document replaced with the driver's decisions (broadcast), then verified and
 * reported exactly as {@code veil text anonymize} does ({@link Publisher#verify}). A pure function of the row
 * and the broadcast, so a retried task writes the same output. Rows of {@link Columns#PUBLISHED}.
 */
final class ReplacePass implements MapPartitionsFunction<Row, Row> {
    private final Policy policy;
    private final RenderKeys keys;
    private final Broadcast<HashMap<String, Anonymizer.Plan>> plans;
    private final boolean failOnce;

    private ReplacePass(Policy policy, RenderKeys keys, Broadcast<HashMap<String, Anonymizer.Plan>> plans,
                        boolean failOnce) {
        this.policy = policy;
        this.keys = keys;
        this.plans = plans;
        this.failOnce = failOnce;
    }

    static Dataset<Row> run(Dataset<Row> detected, Policy policy, RenderKeys keys,
                            Broadcast<HashMap<String, Anonymizer.Plan>> plans, boolean failOnce) {
        return detected.mapPartitions(new ReplacePass(policy, keys, plans, failOnce),
                Encoders.row(Columns.PUBLISHED));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Publisher publisher = new Publisher(Engines.analyzer(), policy);
        Anonymizer anonymizer = new Anonymizer(policy, keys);
        TaskContext task = TaskContext.get();
        boolean inject = failOnce && task != null && task.partitionId() == 0 && task.attemptNumber() == 0;
        return new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                if (inject && ++done == 2) {
                    throw new IllegalStateException("fault injected in pass 2 (test), first attempt only");
                }
                return publish(rows.next(), publisher, anonymizer);
            }
        };
    }

    private Row publish(Row r, Publisher publisher, Anonymizer anonymizer) {
        String id = r.getString(0);
        if (r.getString(5) != null) {
            return failed(id, r.getString(4), r.getString(5));
        }
        try {
            Document source = new Document(id, r.getString(1), r.getString(2));
            Analysis analysis = AnalysisCodec.decode(source, r.getString(3));
            Anonymizer.Plan plan = plans.value().get(id);
            if (plan == null) {
                return failed(id, "replace", "no decision from the driver");
            }
            Anonymized anonymized = anonymizer.anonymize(analysis, plan);
            RiskReport risk = publisher.verify(anonymized, source).risk();
            return RowFactory.create(id, anonymized.text(), risk.level().name(), sum(risk.replaced()),
                    scala(risk.replaced()), sum(risk.generalised()), sum(risk.keptQuasi()), risk.keptDirect(),
                    sum(risk.residual()), sum(risk.leaks()), sum(risk.candidates()), risk.redetected(),
                    String.join("; ", risk.reasons()), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(id, "replace", Columns.failure(e));
        }
    }

    private static Row failed(String id, String stage, String reason) {
        return RowFactory.create(id, null, null, null, null, null, null, null, null, null, null, null, null,
                stage, reason);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Spark's row encoder takes Scala maps for a map column. */
    private static scala.collection.Map<String, Integer> scala(Map<String, Integer> counts) {
        return scala.jdk.javaapi.CollectionConverters.asScala(counts);
    }
}
