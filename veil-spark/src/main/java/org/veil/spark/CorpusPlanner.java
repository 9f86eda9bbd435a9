package org.veil.spark;

import java.util.HashMap;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.Policy;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;

/**
 * The global step, on the driver: every document's entities, in id order, go through the single-machine
 * engine's own decision ({@link Anonymizer#plan}) against one store. So corpus-wide identity follows exactly
 * the rules of {@code veil text anonymize} with a shared vault (name keys across scripts, hypocorisms, case
 * forms and spellings, half names taken over once, gender kept apart) and there is no second implementation
 * of linking to drift. Stand-ins are drawn from an HMAC under the store's secret, so the same corpus and
 * vault give the same replacements however the job is partitioned.
 */
final class CorpusPlanner {
    private CorpusPlanner() {
    }

    /**
     * @param rows id, language, encoded analysis; sorted by id
     * @return per document id, its decided replacements
     */
    static HashMap<String, Anonymizer.Plan> plan(Iterator<Row> rows, Policy policy, MappingStore store) {
        Anonymizer anonymizer = new Anonymizer(policy, store);
        HashMap<String, Anonymizer.Plan> plans = new HashMap<>();
        String previous = null;
        while (rows.hasNext()) {
            Row r = rows.next();
            String id = r.getString(0);
            if (id.equals(previous)) {
                throw new CorpusRefused("document ids must be unique; '" + id + "' appears twice");
            }
            previous = id;
            // The decision reads spans and entities only: the driver never needs the documents' text.
            Analysis analysis = AnalysisCodec.decode(new Document(id, "", r.getString(1)), r.getString(2));
            plans.put(id, anonymizer.plan(analysis));
        }
        return plans;
    }
}
