package io.newsstats.ner.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link NameTagger}: averaged structured perceptron with Viterbi decoding, examples
 * shuffled by a seeded random each epoch, so a run is reproducible. The tag set is the one the examples use (O, then B-/I- per label).
 */
public final class NameTaggerTrainer {
  /** One training sentence, its IOB2 tags beside its words. */
  public record Example(String[] words, String[] tags) {}

  public record Settings(int epochs, long seed, String description) {}

  private final WordKnowledge knowledge;
  private String[] tags;
  private int tagCount;
  private int[] beginOf;
  private final LongIntMap rows = new LongIntMap(1 << 20);
  private float[] weights;
  private double[] updateSums;
  private long step = 1;

  public NameTaggerTrainer(WordKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * @param devScore scores a candidate after each epoch (higher is better); the best epoch's model
   *     is returned. Null: the last epoch's.
   */
  public NameTagger train(List<Example> examples, Settings settings, ToDoubleFunction<NameTagger> devScore,
      Consumer<String> log) {
    tags = tagSet(examples);
    tagCount = tags.length;
    beginOf = NameTagger.beginIndexes(tags);
    weights = new float[(1 << 20) * tagCount];
    updateSums = new double[(1 << 20) * tagCount];
    FeatureExtractor extractor = new FeatureExtractor(knowledge);
    List<int[]> gold = new ArrayList<>(examples.size());
    List<FeatureExtractor.Sentence> sentences = new ArrayList<>(examples.size());
    for (Example e : examples) {
      sentences.add(extractor.extract(e.words()));
      gold.add(Arrays.stream(e.tags()).mapToInt(this::tagIndex).toArray());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Random random = new Random(settings.seed());
    NameTagger best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      long errors = 0;
      long tokens = 0;
      for (int index : order) {
        errors += learn(sentences.get(index), gold.get(index));
        tokens += gold.get(index).length;
      }
      NameTagger candidate = averaged(settings.description() + ", epoch " + epoch);
      double score = devScore == null ? epoch : devScore.applyAsDouble(candidate);
      log.accept(String.format("epoch %d: %.4f training errors per token, %d features, dev %.4f", epoch,
          errors / (double) tokens, rows.size(), score));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }

  /**
   * One structured-perceptron step (Collins 2002): decode the sentence with the current weights
   * (Viterbi, IOB2 only: the token rules are for tagging, training data may break them); where the
   * best sequence differs from the gold one, reward the gold sequence's features and penalise the
   * predicted one's. Returns the number of wrongly tagged tokens.
   */
  private int learn(FeatureExtractor.Sentence sentence, int[] gold) {
    int[] predicted = NameTagger.viterbi(sentence, weights, rows, tagCount, beginOf, null);
    int errors = 0;
    for (int i = 0; i < gold.length; i++) {
      int goldPrevious = i == 0 ? tagCount : gold[i - 1];
      int predictedPrevious = i == 0 ? tagCount : predicted[i - 1];
      if (gold[i] != predicted[i]) {
        errors++;
        for (long f : sentence.features[i]) {
          update(f, gold[i], 1);
          update(f, predicted[i], -1);
        }
      }
      if (gold[i] != predicted[i] || goldPrevious != predictedPrevious) {
        for (long f : NameTagger.historyFeatures(sentence, i, goldPrevious)) {
          update(f, gold[i], 1);
        }
        for (long f : NameTagger.historyFeatures(sentence, i, predictedPrevious)) {
          update(f, predicted[i], -1);
        }
      }
    }
    step++;
    return errors;
  }

  private void update(long feature, int tag, int delta) {
    int row = rows.get(feature);
    if (row < 0) {
      row = rows.size();
      rows.put(feature, row);
      if ((row + 1) * tagCount > weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
        updateSums = Arrays.copyOf(updateSums, updateSums.length * 2);
      }
    }
    int index = row * tagCount + tag;
    weights[index] += delta;
    updateSums[index] += (double) delta * step;
  }

  /** The averaged weights w - u/c, with rows whose every weight is near zero left out. */
  private NameTagger averaged(String description) {
    LongIntMap kept = new LongIntMap(rows.size());
    float[] averaged = new float[rows.size() * tagCount];
    int[] next = {0};
    rows.forEach((key, row) -> {
      int base = row * tagCount;
      float max = 0f;
      float[] values = new float[tagCount];
      for (int t = 0; t < tagCount; t++) {
        values[t] = (float) (weights[base + t] - updateSums[base + t] / step);
        max = Math.max(max, Math.abs(values[t]));
      }
      if (max >= 0.01f) {
        int r = next[0]++;
        kept.put(key, r);
        System.arraycopy(values, 0, averaged, r * tagCount, tagCount);
      }
    });
    return new NameTagger(tags.clone(), kept, Arrays.copyOf(averaged, next[0] * tagCount), knowledge, description);
  }

  private int tagIndex(String tag) {
    for (int t = 0; t < tags.length; t++) {
      if (tags[t].equals(tag)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tag " + tag);
  }

  /** O, then B-X and I-X for each label X the examples use, labels sorted. */
  static String[] tagSet(List<Example> examples) {
    java.util.TreeSet<String> labels = new java.util.TreeSet<>();
    for (Example e : examples) {
      for (String t : e.tags()) {
        if (!t.equals("O")) {
          labels.add(t.substring(2));
        }
      }
    }
    List<String> tags = new ArrayList<>(List.of("O"));
    for (String label : labels) {
      tags.add("B-" + label);
      tags.add("I-" + label);
    }
    return tags.toArray(new String[0]);
  }
}
