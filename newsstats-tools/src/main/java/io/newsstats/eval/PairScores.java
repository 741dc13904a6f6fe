package io.newsstats.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Pair precision and recall of a clustering against gold clusters: over all pairs of articles put
 * in one cluster, how many gold pairs are found (recall) and how many found pairs are gold
 * (precision). Articles missing from a map are clusters of their own.
 */
public record PairScores(long predictedPairs, long goldPairs, long correctPairs) {

  /** {@code predicted} and {@code gold}: article id → cluster id, over the same articles. */
  public static PairScores of(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (Map.Entry<String, String> article : gold.entrySet()) {
      String p = predicted.getOrDefault(article.getKey(), "self:" + article.getKey());
      predictedSizes.merge(p, 1L, Long::sum);
      goldSizes.merge(article.getValue(), 1L, Long::sum);
      both.merge(p + "\u0000" + article.getValue(), 1L, Long::sum);
    }
    return new PairScores(pairs(predictedSizes), pairs(goldSizes), pairs(both));
  }

  private static long pairs(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  public double precision() {
    return predictedPairs == 0 ? 1.0 : correctPairs / (double) predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 1.0 : correctPairs / (double) goldPairs;
  }
}
