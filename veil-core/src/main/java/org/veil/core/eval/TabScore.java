package org.veil.core.eval;

import java.util.Map;

/**
 * The benchmark's measures. erDirect / erQuasi: share of DIRECT / QUASI entities whose every mention is
 * masked; tokenRecall: share of tokens inside DIRECT+QUASI mentions that are masked; tokenPrecision: share
 * of masked tokens that lie inside some annotator's DIRECT+QUASI mention; recallByType: token recall per
 * annotated entity type.
 */
public record TabScore(double erDirect, double erQuasi, double tokenRecall, double tokenPrecision,
                       Map<String, Double> recallByType, int documents, long codePoints) {
}
