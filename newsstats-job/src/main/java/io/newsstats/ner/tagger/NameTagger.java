package io.newsstats.ner.tagger;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A named-entity tagger: an averaged structured perceptron over {@link FeatureExtractor}'s features
 * and the previous tag, decoded with Viterbi under IOB2 constraints (I-X only after B-X or I-X) and
 * {@link NameShapes}' rules on which tokens can be part of a name. Pure Java with no native code,
 * so it runs in any executor JVM; one instance is immutable and safe to share between threads.
 */
public final class NameTagger {
  static final String MAGIC = "newsstats-name-tagger";
  static final int VERSION = 2; // 2: first-order features, Viterbi decoding

  private final String[] tags;
  private final int[] beginOf; // for an I- tag, the index of its B- tag; -1 otherwise
  private final boolean[] nameTag; // B- or I- (not O)
  private final LongIntMap rows;
  private final float[] weights; // rows x tags
  private final FeatureExtractor extractor;
  private final WordKnowledge knowledge;
  private final String description;

  NameTagger(String[] tags, LongIntMap rows, float[] weights, WordKnowledge knowledge, String description) {
    this.tags = tags;
    this.rows = rows;
    this.weights = weights;
    this.knowledge = knowledge;
    this.extractor = new FeatureExtractor(knowledge);
    this.description = description;
    this.beginOf = beginIndexes(tags);
    this.nameTag = new boolean[tags.length];
    for (int t = 0; t < tags.length; t++) {
      nameTag[t] = tags[t].startsWith("B-") || tags[t].startsWith("I-");
    }
  }

  /** The model file inside the jar (built from data/models/name-tagger.bin.gz). */
  public static final String BUNDLED = "newsstats/models/name-tagger.bin.gz";
  private static volatile NameTagger bundled;

  /** The bundled tagger, read once per JVM (executors share it between tasks). */
  public static NameTagger bundled() {
    NameTagger tagger = bundled;
    if (tagger == null) {
      synchronized (NameTagger.class) {
        if (bundled == null) {
          try (InputStream in = BundledFiles.open(BUNDLED)) {
            bundled = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("the bundled name tagger: " + e.getMessage(), e);
          }
        }
        tagger = bundled;
      }
    }
    return tagger;
  }

  /** A model file; a file that is not one is refused with one line naming it. */
  public static NameTagger load(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  public String description() {
    return description;
  }

  public int featureCount() {
    return rows.size();
  }

  List<String> tagList() {
    return List.of(tags);
  }

  /** The IOB2 tags of one tokenized sentence; results lines relabelled ({@link ScoreLines}). */
  public String[] tag(String[] words) {
    boolean[][] allowed = NameShapes.allowed(words, tags);
    FeatureExtractor.Sentence sentence = extractor.extract(words, outsideOnly(allowed));
    int[] best = viterbi(sentence, weights, rows, tags.length, beginOf, allowed);
    String[] out = new String[best.length];
    for (int i = 0; i < best.length; i++) {
      out[i] = tags[best[i]];
    }
    ScoreLines.relabel(words, out, (begin, end) ->
        (knowledge.kinds(Hashing.phrase(sentence.lower, begin, end)) & WordKnowledge.COUNTRY) != 0);
    return out;
  }

  /** Entity spans of a tagged sentence as token ranges [begin, end) with a label (PER, ORG, LOC, MISC). */
  public record Span(int begin, int end, String label) {}

  public List<Span> spans(String[] words) {
    return spansOf(tag(words));
  }

  public static List<Span> spansOf(String[] iob) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String label = null;
    for (int i = 0; i <= iob.length; i++) {
      String t = i < iob.length ? iob[i] : "O";
      boolean inside = t.startsWith("I-") && label != null && t.substring(2).equals(label);
      if (!inside && start >= 0) {
        spans.add(new Span(start, i, label));
        start = -1;
        label = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && start < 0)) {
        start = i;
        label = t.substring(2);
      }
    }
    return spans;
  }

  /**
   * The tokens that can only be O (lower-case words outside names). Their features are not needed:
   * every path through the sentence gives such a token the same tag, so its static score adds the
   * same to all of them and cannot change which is best. Most tokens of edited text are such words.
   */
  private boolean[] outsideOnly(boolean[][] allowed) {
    boolean[] outside = new boolean[allowed.length];
    for (int i = 0; i < allowed.length; i++) {
      outside[i] = true;
      for (int t = 0; t < tags.length; t++) {
        outside[i] &= !allowed[i][t] || !nameTag[t];
      }
    }
    return outside;
  }

  /**
   * The best tag sequence under a first-order model (Viterbi): a token's score for tag t is the sum
   * of its static features' weights for t and of its history features (the previous tag p alone,
   * with the word, with the shape) for t. IOB2 is enforced (I-X only after B-X or I-X), and
   * {@code allowed[i][t]}, when given, rules out tags a token cannot have.
   */
  static int[] viterbi(FeatureExtractor.Sentence sentence, float[] weights, LongIntMap rows, int tagCount,
      int[] beginOf, boolean[][] allowed) {
    int n = sentence.length();
    int[] chosen = new int[n];
    if (n == 0) {
      return chosen;
    }
    // The previous tag alone weighs the same at every token: looked up once per sentence.
    float[][] transition = new float[tagCount + 1][tagCount];
    for (int p = 0; p <= tagCount; p++) {
      add(transition[p], weights, rows, transitionFeature(p), tagCount);
    }
    float[] staticScores = new float[tagCount];
    float[] historyScores = new float[tagCount];
    float[] previous = new float[tagCount];
    float[] current = new float[tagCount];
    int[][] back = new int[n][tagCount];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(staticScores, 0f);
      for (long feature : sentence.features[i]) {
        add(staticScores, weights, rows, feature, tagCount);
      }
      java.util.Arrays.fill(current, Float.NEGATIVE_INFINITY);
      int firstPrevious = i == 0 ? tagCount : 0;
      int lastPrevious = i == 0 ? tagCount : tagCount - 1;
      for (int p = firstPrevious; p <= lastPrevious; p++) {
        float base = i == 0 ? 0f : previous[p];
        if (base == Float.NEGATIVE_INFINITY) {
          continue;
        }
        System.arraycopy(transition[p], 0, historyScores, 0, tagCount);
        add(historyScores, weights, rows, wordHistoryFeature(sentence, i, p), tagCount);
        add(historyScores, weights, rows, shapeHistoryFeature(sentence, i, p), tagCount);
        for (int t = 0; t < tagCount; t++) {
          if ((beginOf[t] >= 0 && p != t && p != beginOf[t]) || (allowed != null && !allowed[i][t])) {
            continue;
          }
          float score = base + staticScores[t] + historyScores[t];
          if (score > current[t]) {
            current[t] = score;
            back[i][t] = p;
          }
        }
      }
      float[] swap = previous;
      previous = current;
      current = swap;
    }
    int best = 0;
    for (int t = 1; t < tagCount; t++) {
      if (previous[t] > previous[best]) {
        best = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      chosen[i] = best;
      best = back[i][best];
    }
    return chosen;
  }

  /**
   * The features that join a token to the tag before it ({@code previous} = tagCount: the sentence
   * start): the previous tag alone, with the token's word, with its shape.
   */
  static long[] historyFeatures(FeatureExtractor.Sentence sentence, int i, int previous) {
    return new long[] {transitionFeature(previous), wordHistoryFeature(sentence, i, previous),
        shapeHistoryFeature(sentence, i, previous)};
  }

  private static long transitionFeature(int previous) {
    return FeatureExtractor.key(FeatureExtractor.P1, previous);
  }

  private static long wordHistoryFeature(FeatureExtractor.Sentence sentence, int i, int previous) {
    return FeatureExtractor.key(FeatureExtractor.P1_WORD, Hashing.combine(previous, sentence.lower[i]));
  }

  private static long shapeHistoryFeature(FeatureExtractor.Sentence sentence, int i, int previous) {
    return FeatureExtractor.key(FeatureExtractor.P1_SHAPE, Hashing.combine(previous, sentence.shape[i]));
  }

  private static void add(float[] scores, float[] weights, LongIntMap rows, long feature, int tagCount) {
    int row = rows.get(feature);
    if (row >= 0) {
      int base = row * tagCount;
      for (int t = 0; t < tagCount; t++) {
        scores[t] += weights[base + t];
      }
    }
  }

  static int[] beginIndexes(String[] tags) {
    int[] begin = new int[tags.length];
    for (int t = 0; t < tags.length; t++) {
      begin[t] = -1;
      if (tags[t].startsWith("I-")) {
        for (int b = 0; b < tags.length; b++) {
          if (tags[b].equals("B-" + tags[t].substring(2))) {
            begin[t] = b;
          }
        }
      }
    }
    return begin;
  }

  FeatureExtractor extractor() {
    return extractor;
  }

  public void write(OutputStream target) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16)))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(description);
      out.writeInt(tags.length);
      for (String t : tags) {
        out.writeUTF(t);
      }
      knowledge.write(out);
      out.writeInt(rows.size());
      rows.forEach((key, row) -> {
        out.writeLong(key);
        for (int t = 0; t < tags.length; t++) {
          out.writeFloat(weights[row * tags.length + t]);
        }
      });
    }
  }

  /**
   * The features' keys and weights, as DataOutput wrote them (a long, then a float per tag), read a
   * block of rows at a time: with a readLong and a readFloat call per value the whole model took
   * 0.4 s to load, 0.2 s this way.
   */
  private static void readFeatures(DataInputStream in, LongIntMap rows, float[] weights, int size, int tagCount)
      throws IOException {
    int rowBytes = Long.BYTES + Float.BYTES * tagCount;
    int blockRows = 4096;
    java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(blockRows * rowBytes);  // big-endian, as DataOutput
    for (int first = 0; first < size; first += blockRows) {
      int n = Math.min(blockRows, size - first);
      in.readFully(block.array(), 0, n * rowBytes);
      block.clear();
      for (int r = first; r < first + n; r++) {
        rows.put(block.getLong(), r);
        for (int t = 0; t < tagCount; t++) {
          weights[r * tagCount + t] = block.getFloat();
        }
      }
    }
  }

  /** Reads a model file; an IOException names what is wrong with it. */
  public static NameTagger read(InputStream source) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a name-tagger model (not gzip)");
    }
    try (in) {
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException("not a name-tagger model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("name-tagger model version " + version + ", this build reads " + VERSION);
      }
      String description = in.readUTF();
      String[] tags = new String[in.readInt()];
      for (int t = 0; t < tags.length; t++) {
        tags[t] = in.readUTF();
      }
      WordKnowledge knowledge = WordKnowledge.read(in);
      int size = in.readInt();
      LongIntMap rows = new LongIntMap(size);
      float[] weights = new float[size * tags.length];
      readFeatures(in, rows, weights, size, tags.length);
      return new NameTagger(tags, rows, weights, knowledge, description);
    } catch (java.io.EOFException e) {
      throw new IOException("truncated name-tagger model");
    }
  }
}
