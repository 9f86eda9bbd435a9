package org.veil.spark;

import java.util.Map;

/**
 * The corpus at a glance, written as OUTPUT/summary.json: counts only.
 *
 * @param documents    documents in the input
 * @param anonymized   documents written, anonymized and verified
 * @param failed       documents left out (see errors/)
 * @param byLevel      documents per residual-risk level
 * @param replacedByType replaced mentions per type, over the corpus
 * @param corpusEntities distinct consistent replacements decided (one per corpus entity)
 * @param seconds      wall time per step: read+detect, decide, replace+verify+write
 */
public record CorpusSummary(long documents, long anonymized, long failed, Map<String, Long> byLevel,
                            Map<String, Long> replacedByType, long corpusEntities, String policy, String master,
                            String sparkVersion, Map<String, Double> seconds) {
}
