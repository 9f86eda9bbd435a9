package org.veil.core.eval;

import java.util.Map;

/**
 * The benchmark's measures. erDirect / erQuasi: share of DIRECT / QUASI entities whose every mention is
 * masked; tokenRecall: share of tokens inside DIRECT+QUASI mentions that are masked; tokenPrecision: share
 * of masked tokens that lie inside some annotator's DIRECT+QUASI mention; noMaskMasked: share of tokens inside
 * NO_MASK mentions (public context: courts, countries, the Government) that are masked anyway, lower is better;
 * recallByType: token recall per annotated entity type.
 */
public record TabScore(double erDirect, double erQuasi, double tokenRecall, double tokenPrecision,
                       double noMaskMasked,
                       Map<String, Double> recallByType, int documents, long codePoints) {
}
