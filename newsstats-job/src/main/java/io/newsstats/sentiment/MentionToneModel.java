package io.newsstats.sentiment;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over {@link ToneFeatures}: negative, neutral, positive. Stored
 * as gzipped text, one line per feature with its three weights, so it loads without Spark and can
 * be read by a person. {@link #BUNDLED} was trained on NewsMTSC's train split (see data/README.md).
 */
public final class MentionToneModel implements Serializable {
  public static final String BUNDLED = "newsstats/models/mention-tone-newsmtsc.tsv.gz";
  private static final String HEADER = "# newsstats mention-tone model v1: feature\tnegative\tneutral\tpositive";
  static final String INTERCEPT = "(intercept)";

  private final Map<String, double[]> weights;
  private final double[] intercept;
  private final String description;
  /** The weights by name prefix (up to the first colon) and rest of the name; built on first use in each JVM. */
  private transient volatile Map<String, Map<String, double[]>> byPrefix;

  public MentionToneModel(Map<String, double[]> weights, double[] intercept, String description) {
    this.weights = weights;
    this.intercept = intercept;
    this.description = description;
  }

  /** The bundled model, or null when the jar has none. */
  public static MentionToneModel bundled() {
    try {
      InputStream in = BundledFiles.openIfPresent(BUNDLED);
      return in == null ? null : read(in, BUNDLED);
    } catch (IOException e) {
      throw new IllegalStateException("bundled tone model " + BUNDLED + ": " + e.getMessage(), e);
    }
  }

  public static MentionToneModel read(InputStream gzipped, String name) {
    Map<String, double[]> weights = new HashMap<>();
    double[] intercept = null;
    String description = "";
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.equals(HEADER)) {
        throw new IllegalArgumentException(name + ": not a newsstats mention-tone model (first line differs)");
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("# ")) {
          description = line.substring(2);
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 4) {
          throw new IllegalArgumentException(name + ": malformed line '" + line + "'");
        }
        double[] w = {Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), Double.parseDouble(fields[3])};
        if (fields[0].equals(INTERCEPT)) {
          intercept = w;
        } else {
          weights.put(fields[0], w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read", e);
    }
    if (intercept == null) {
      throw new IllegalArgumentException(name + ": no intercept line");
    }
    return new MentionToneModel(weights, intercept, description);
  }

  public void write(OutputStream out) throws IOException {
    try (PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(out),
        StandardCharsets.UTF_8))) {
      writer.println(HEADER);
      writer.println("# " + description);
      writer.println(line(INTERCEPT, intercept));
      weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> writer.println(line(e.getKey(), e.getValue())));
    }
  }

  private static String line(String feature, double[] w) {
    return String.format(Locale.ROOT, "%s\t%.6g\t%.6g\t%.6g", feature, w[0], w[1], w[2]);
  }

  /** Probabilities of negative, neutral and positive. */
  public double[] probabilities(Map<String, Double> features) {
    return probabilities(linear(features));
  }

  /** The weighted sum of some features for each class, without the intercept. */
  double[] linear(Map<String, Double> features) {
    double[] score = new double[3];
    for (Map.Entry<String, Double> f : features.entrySet()) {
      double[] w = weights.get(f.getKey());
      if (w != null) {
        for (int c = 0; c < 3; c++) {
          score[c] += w[c] * f.getValue();
        }
      }
    }
    return score;
  }

  /**
   * The weighted sum of one mention's features ({@link ToneFeatures#mentionFeatures}): the same sum
   * as {@link #linear} of their map, term by term in the same order, without building the names.
   */
  double[] linearMention(ToneFeatures features, java.util.List<String> tokens, String[] lower, int first, int last,
      int[] clause, double clauseTone, double sentenceTone) {
    Map<String, Map<String, double[]>> prefixes = byPrefix();
    double[] score = new double[3];
    features.mentionFeatures(tokens, lower, first, last, clause, clauseTone, sentenceTone, (prefix, word, value) -> {
      Map<String, double[]> named = prefixes.get(prefix);
      double[] w = named == null ? null : named.get(word);
      if (w != null) {
        for (int c = 0; c < 3; c++) {
          score[c] += w[c] * value;
        }
      }
    });
    return score;
  }

  private Map<String, Map<String, double[]>> byPrefix() {
    Map<String, Map<String, double[]>> prefixes = byPrefix;
    if (prefixes == null) {
      prefixes = new HashMap<>();
      for (Map.Entry<String, double[]> feature : weights.entrySet()) {
        String name = feature.getKey();
        int colon = name.indexOf(':') + 1;
        prefixes.computeIfAbsent(name.substring(0, colon), p -> new HashMap<>()).put(name.substring(colon),
            feature.getValue());
      }
      byPrefix = prefixes;
    }
    return prefixes;
  }

  /** Probabilities from the intercept plus the linear sums of disjoint feature groups (softmax). */
  double[] probabilities(double[]... parts) {
    double[] score = intercept.clone();
    for (double[] part : parts) {
      for (int c = 0; c < 3; c++) {
        score[c] += part[c];
      }
    }
    double max = Math.max(score[0], Math.max(score[1], score[2]));
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      score[c] = Math.exp(score[c] - max);
      sum += score[c];
    }
    for (int c = 0; c < 3; c++) {
      score[c] /= sum;
    }
    return score;
  }

  public String description() {
    return description;
  }

  public int features() {
    return weights.size();
  }
}
