package io.newsstats.sentiment;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.resources.BundledFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tone toward a target in a sentence from a fine-tuned encoder (BGE-small-en-v1.5, or another small
 * BERT such as all-MiniLM-L6-v2, trained on NewsMTSC by jobs/train-tone-encoder), run by ONNX Runtime.
 *
 * <p>The input is built as the training script builds it: "[CLS] left &lt; target &gt; right [SEP]"
 * (and "target [SEP]" after it for a model trained with --pair), each part tokenized on its own and
 * cut to a window of at most {@code maxTokens} around the target.
 * One ONNX Runtime session per JVM and model, made on first use (an executor's tasks share it);
 * each target is one call, its input only as long as it needs (see {@link #withBatch}); a target
 * met before in the same sentence (a syndicated copy) is taken from a bounded cache instead.
 */
public final class ToneEncoder implements Serializable {
  public static final String BUNDLED = "newsstats/models/tone-encoder.onnx";
  static final String BUNDLED_CARD = "newsstats/models/tone-encoder.json";
  static final String BUNDLED_VOCAB = "newsstats/models/tone-encoder-vocab.txt";
  private static final int CACHE_ENTRIES = 100_000;

  /** One target: the sentence, and the target's characters [begin, end) in it. */
  public record Target(String sentence, int begin, int end) {}

  private final String name;
  private final byte[] modelBytes; // null: the bundled model, read from the jar where it runs
  private final WordPiece vocabulary;
  private final int maxTokens;
  private final String description;
  private final int threads;
  private final int batch;
  private final int cls;
  private final int sep;
  private final int open;
  private final int close;
  /** A model trained with --pair: the target follows the sentence again, "... [SEP] target [SEP]". */
  private final boolean pair;

  private ToneEncoder(String name, byte[] modelBytes, WordPiece vocabulary, JsonNode card, int threads) {
    this.name = name;
    this.modelBytes = modelBytes;
    this.vocabulary = vocabulary;
    this.maxTokens = card.path("max_tokens").asInt(96);
    this.threads = threads;
    this.batch = 1;
    this.cls = vocabulary.id("[CLS]");
    this.sep = vocabulary.id("[SEP]");
    this.open = vocabulary.id("<");
    this.close = vocabulary.id(">");
    this.pair = card.path("pair").asBoolean(false);
    JsonNode f1 = card.path("macro_f1");
    StringBuilder scores = new StringBuilder();
    f1.fieldNames().forEachRemaining(set -> scores.append(String.format(Locale.ROOT, ", %s macro-F1 %.3f", set,
        f1.path(set).path("int8").asDouble(f1.path(set).path("float32").asDouble()))));
    this.description = "tone encoder " + name + " (" + card.path("base").asText("").replaceAll(" \\(.*", "")
        + " fine-tuned on NewsMTSC, int8" + scores + ")";
  }

  private ToneEncoder(ToneEncoder other, int threads, int batch) {
    this.name = other.name;
    this.modelBytes = other.modelBytes;
    this.vocabulary = other.vocabulary;
    this.maxTokens = other.maxTokens;
    this.description = other.description;
    this.threads = threads;
    this.batch = batch;
    this.cls = other.cls;
    this.sep = other.sep;
    this.open = other.open;
    this.close = other.close;
    this.pair = other.pair;
  }

  /** The same model run with this many ONNX Runtime threads per session (the cores of a Spark task). */
  public ToneEncoder withThreads(int threads) {
    return threads == this.threads ? this : new ToneEncoder(this, threads, batch);
  }

  /**
   * The same model run on this many targets per call. The job runs one: int8 dynamic quantization
   * scales activations over the whole input, so a target's tone would depend on its batch-mates
   * (and a cached tone on which article met it first), and batches gained little (docs/tone.md).
   */
  public ToneEncoder withBatch(int batch) {
    return batch == this.batch ? this : new ToneEncoder(this, threads, batch);
  }

  /** The model the jar carries, or null when it carries none. */
  public static ToneEncoder bundled(int threads) {
    try (InputStream card = BundledFiles.openIfPresent(BUNDLED_CARD)) {
      if (card == null) {
        return null;
      }
      try (InputStream vocab = BundledFiles.open(BUNDLED_VOCAB)) {
        return new ToneEncoder(BUNDLED, null, WordPiece.read(vocab), new ObjectMapper().readTree(card), threads);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bundled tone encoder: " + e.getMessage(), e);
    }
  }

  /** A model written by jobs/train-tone-encoder: its ONNX file, its card (JSON) and its vocabulary. */
  public static ToneEncoder of(String name, byte[] model, InputStream card, InputStream vocab, int threads)
      throws IOException {
    return new ToneEncoder(name, model, WordPiece.read(vocab), new ObjectMapper().readTree(card), threads);
  }

  /** Loads the model now (its session is kept for later use): a broken file fails here, not in a task. */
  public ToneEncoder check() {
    session();
    return this;
  }

  public String description() {
    return description;
  }

  /** P(negative), P(neutral), P(positive) for each target, in the order given. */
  public double[][] probabilities(List<Target> targets) {
    double[][] out = new double[targets.size()][];
    List<Integer> todo = new ArrayList<>();
    List<long[]> inputs = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Map<String, double[]> cache = cache(name);
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      double[] known;
      synchronized (cache) {
        known = cache.get(key(t));
      }
      if (known != null) {
        out[i] = known;
        continue;
      }
      int[] span = new int[2];
      inputs.add(input(t, span));
      spans.add(span);
      todo.add(i);
    }
    if (todo.isEmpty()) {
      return out;
    }
    // Similar lengths together: a batch is padded only to its longest input.
    Integer[] order = new Integer[todo.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> inputs.get(i).length));
    OrtSession session = session();
    for (int from = 0; from < order.length; from += batch) {
      int[] rows = Arrays.stream(order, from, Math.min(order.length, from + batch)).mapToInt(Integer::intValue).toArray();
      float[][] logits = run(session, rows, inputs, spans);
      for (int b = 0; b < rows.length; b++) {
        int i = todo.get(rows[b]);
        out[i] = softmax(logits[b]);
        synchronized (cache) {
          cache.put(key(targets.get(i)), out[i]);
        }
      }
    }
    return out;
  }

  /** The token ids of one target's input; {@code span} receives the target's first and end token index. */
  long[] input(Target t, int[] span) {
    List<Integer> left = vocabulary.encode(t.sentence().substring(0, t.begin()));
    List<Integer> target = vocabulary.encode(t.sentence().substring(t.begin(), t.end()));
    List<Integer> right = vocabulary.encode(t.sentence().substring(t.end()));
    // Room for [CLS], "<", ">" and [SEP], and with a pair the target again and a second [SEP].
    int fixed = pair ? 5 : 4;
    int longest = pair ? (maxTokens - fixed) / 2 : maxTokens - fixed;
    if (target.size() > longest) {
      target = target.subList(0, longest);
    }
    int room = maxTokens - fixed - target.size() * (pair ? 2 : 1);
    // Balanced window: each side keeps half the room, and a short side gives the rest to the other.
    int keepLeft = Math.min(left.size(), Math.max(room / 2, room - right.size()));
    int keepRight = Math.min(right.size(), room - keepLeft);
    long[] ids = new long[keepLeft + target.size() * (pair ? 2 : 1) + keepRight + fixed];
    int k = 0;
    ids[k++] = cls;
    for (int i = left.size() - keepLeft; i < left.size(); i++) {
      ids[k++] = left.get(i);
    }
    ids[k++] = open;
    span[0] = k;
    for (int id : target) {
      ids[k++] = id;
    }
    span[1] = k;
    ids[k++] = close;
    for (int i = 0; i < keepRight; i++) {
      ids[k++] = right.get(i);
    }
    ids[k++] = sep;
    if (pair) {
      for (int id : target) {
        ids[k++] = id;
      }
      ids[k] = sep;
    }
    return ids;
  }

  private float[][] run(OrtSession session, int[] batch, List<long[]> inputs, List<int[]> spans) {
    int width = 0;
    for (int b : batch) {
      width = Math.max(width, inputs.get(b).length);
    }
    long[] ids = new long[batch.length * width];
    long[] attention = new long[batch.length * width];
    float[] target = new float[batch.length * width];
    for (int r = 0; r < batch.length; r++) {
      long[] input = inputs.get(batch[r]);
      System.arraycopy(input, 0, ids, r * width, input.length);
      Arrays.fill(attention, r * width, r * width + input.length, 1L);
      int[] span = spans.get(batch[r]);
      Arrays.fill(target, r * width + span[0], r * width + span[1], 1f);
    }
    long[] shape = {batch.length, width};
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor attentionTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(attention), shape);
        OnnxTensor targetTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(target), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", attentionTensor,
            "target_mask", targetTensor))) {
      return (float[][]) result.get(0).getValue();
    } catch (OrtException e) {
      throw new IllegalStateException("tone encoder " + name + ": " + e.getMessage(), e);
    }
  }

  static double[] softmax(float[] logits) {
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double[] p = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < 3; c++) {
      p[c] /= sum;
    }
    return p;
  }

  private static String key(Target t) {
    return t.begin() + ":" + t.end() + ":" + t.sentence();
  }

  // ---- one session and one cache per JVM and model ----

  private static final Map<String, OrtSession> SESSIONS = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, double[]>> CACHES = new ConcurrentHashMap<>();

  private OrtSession session() {
    return SESSIONS.computeIfAbsent(name + "#" + threads, k -> {
      try {
        byte[] model = modelBytes;
        if (model == null) {
          try (InputStream in = BundledFiles.open(BUNDLED)) {
            model = in.readAllBytes();
          }
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return OrtEnvironment.getEnvironment().createSession(model, options);
      } catch (IOException | OrtException e) {
        throw new IllegalStateException("tone encoder " + name + " cannot be loaded: " + e.getMessage(), e);
      }
    });
  }

  private static Map<String, double[]> cache(String name) {
    return CACHES.computeIfAbsent(name, k -> new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
        return size() > CACHE_ENTRIES;
      }
    });
  }
}
