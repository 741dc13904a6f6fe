package io.newsstats.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of predicted against gold label sets, counted over (document, label) pairs,
 * overall and per label. Pure bookkeeping shared by the linking and Reuters evaluations.
 */
public final class SetScores {
  /** True positives, false positives and false negatives of one label, or of all. */
  public static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return truePositives + falseNegatives;
    }

    public int falsePositives() {
      return falsePositives;
    }

    public int falseNegatives() {
      return falseNegatives;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "precision=%.3f recall=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
          precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
  }

  private final Counts overall = new Counts();
  private final Map<String, Counts> byLabel = new TreeMap<>();
  private int documents;

  /** Adds one document's gold and predicted labels. */
  public void add(Set<String> gold, Set<String> predicted) {
    documents++;
    for (String label : gold) {
      Counts counts = byLabel.computeIfAbsent(label, k -> new Counts());
      if (predicted.contains(label)) {
        counts.truePositives++;
        overall.truePositives++;
      } else {
        counts.falseNegatives++;
        overall.falseNegatives++;
      }
    }
    for (String label : predicted) {
      if (!gold.contains(label)) {
        byLabel.computeIfAbsent(label, k -> new Counts()).falsePositives++;
        overall.falsePositives++;
      }
    }
  }

  public Counts overall() {
    return overall;
  }

  public Map<String, Counts> byLabel() {
    return byLabel;
  }

  public int documents() {
    return documents;
  }
}
