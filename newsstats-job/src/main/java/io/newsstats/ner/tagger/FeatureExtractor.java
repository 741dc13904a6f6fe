package io.newsstats.ner.tagger;

/**
 * The features of each token of a sentence that do not depend on the tags chosen so far: the word
 * and its neighbours, shape, affixes, GloVe clusters, name-list matches. Each feature is a 64-bit
 * key (template, value); the tag-history features are added by the decoder.
 */
final class FeatureExtractor {
  // Templates: small constants mixed into every key so equal values of different templates differ.
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int WORD_PREV = 3;
  private static final int WORD_NEXT = 4;
  private static final int WORD_PREV2 = 5;
  private static final int WORD_NEXT2 = 6;
  private static final int SHAPE = 7;
  private static final int SHAPE_PREV_THIS = 8;
  private static final int SHAPE_THIS_NEXT = 9;
  private static final int PREFIX = 10;
  private static final int SUFFIX = 14;
  private static final int CLUSTER = 20;
  private static final int CLUSTER_COARSE = 21;
  private static final int CLUSTER_PREV = 22;
  private static final int CLUSTER_NEXT = 23;
  private static final int BIGRAM_PREV = 24;
  private static final int BIGRAM_NEXT = 25;
  private static final int FIRST = 26;
  private static final int CAPS_SENTENCE_SHAPE = 27;
  private static final int EXACT = 28;
  private static final int LENGTH = 29;
  private static final int NAMES = 30;
  private static final int NAMES_PREV = 31;
  private static final int NAMES_NEXT = 32;
  private static final int COARSE_PREV_THIS = 33;
  static final int P1 = 40;
  static final int P1_WORD = 42;
  static final int P1_SHAPE = 43;

  private static final long NONE = Hashing.exact("<none>");
  private static final long START = Hashing.exact("<s>");
  private static final long END = Hashing.exact("</s>");

  private final WordKnowledge knowledge;

  FeatureExtractor(WordKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Per-sentence values the decoder needs besides the static features. */
  static final class Sentence {
    final String[] words;
    final long[][] features;
    final long[] lower;
    final long[] shape;

    Sentence(String[] words, long[][] features, long[] lower, long[] shape) {
      this.words = words;
      this.features = features;
      this.lower = lower;
      this.shape = shape;
    }

    int length() {
      return lower.length;
    }
  }

  private static final long[] NO_FEATURES = new long[0];

  Sentence extract(String[] words) {
    return extract(words, null);
  }

  /** @param skip tokens whose features are not wanted (empty feature lists); null: none */
  Sentence extract(String[] words, boolean[] skip) {
    int n = words.length;
    long[] lower = new long[n];
    long[] shape = new long[n];
    int[] cluster = new int[n];
    for (int i = 0; i < n; i++) {
      lower[i] = Hashing.lower(words[i]);
      shape[i] = shape(words[i]);
      cluster[i] = knowledge.cluster(lower[i]);
    }
    Words sentence = new Words(words, lower, shape, cluster, nameBits(lower), inCapitals(words));
    long[][] features = new long[n][];
    long[] buffer = new long[64];
    for (int i = 0; i < n; i++) {
      features[i] = skip != null && skip[i] ? NO_FEATURES : features(sentence, i, buffer);
    }
    return new Sentence(words, features, lower, shape);
  }

  /** A sentence's words and what is known of each: hashes, shape, cluster, name-list bits. */
  private record Words(String[] words, long[] lower, long[] shape, int[] cluster, int[] names, boolean allCaps) {}

  /** A headline in capitals (at least six letters, all upper case): its words' case says nothing. */
  private static boolean inCapitals(String[] words) {
    boolean allCaps = true;
    int letters = 0;
    for (String w : words) {
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          allCaps &= Character.isUpperCase(c);
        }
      }
    }
    return allCaps && letters >= 6;
  }

  /** For each word, the kinds of listed names (of up to MAX_PHRASE words) it begins or continues. */
  private int[] nameBits(long[] lower) {
    int n = lower.length;
    int[] names = new int[n];
    for (int i = 0; i < n; i++) {
      for (int len = Math.min(WordKnowledge.MAX_PHRASE, n - i); len >= 1; len--) {
        int kinds = knowledge.kinds(Hashing.phrase(lower, i, i + len));
        if (kinds != 0) {
          for (int j = i; j < i + len; j++) {
            // two bits per kind: begins the name, or continues it
            names[j] |= spread(kinds) << (j == i ? 0 : 1);
          }
        }
      }
    }
    return names;
  }

  /** The hashed features of word i: itself, its neighbours, shapes, affixes, clusters and name lists. */
  private static long[] features(Words s, int i, long[] buffer) {
    String w = s.words()[i];
    long[] lower = s.lower();
    long[] shape = s.shape();
    int[] cluster = s.cluster();
    int n = lower.length;
    int f = 0;
    buffer[f++] = key(BIAS, 0);
    buffer[f++] = key(WORD, lower[i]);
    buffer[f++] = key(EXACT, Hashing.exact(w));
    long prev = i > 0 ? lower[i - 1] : START;
    long next = i + 1 < n ? lower[i + 1] : END;
    buffer[f++] = key(WORD_PREV, prev);
    buffer[f++] = key(WORD_NEXT, next);
    buffer[f++] = key(WORD_PREV2, i > 1 ? lower[i - 2] : START);
    buffer[f++] = key(WORD_NEXT2, i + 2 < n ? lower[i + 2] : END);
    buffer[f++] = key(BIGRAM_PREV, Hashing.combine(prev, lower[i]));
    buffer[f++] = key(BIGRAM_NEXT, Hashing.combine(lower[i], next));
    buffer[f++] = key(SHAPE, shape[i]);
    buffer[f++] = key(SHAPE_PREV_THIS, Hashing.combine(i > 0 ? shape[i - 1] : START, shape[i]));
    buffer[f++] = key(SHAPE_THIS_NEXT, Hashing.combine(shape[i], i + 1 < n ? shape[i + 1] : END));
    int length = w.length();
    for (int k = 1; k <= 3 && k < length; k++) {
      buffer[f++] = key(PREFIX + k, Hashing.lower(w, 0, k));
    }
    for (int k = 1; k <= 4 && k < length; k++) {
      buffer[f++] = key(SUFFIX + k, Hashing.lower(w, length - k, length));
    }
    buffer[f++] = key(CLUSTER, cluster[i] < 0 ? NONE : cluster[i] / 4096);
    buffer[f++] = key(CLUSTER_COARSE, cluster[i] < 0 ? NONE : cluster[i] % 4096);
    buffer[f++] = key(CLUSTER_PREV, i == 0 ? START : cluster[i - 1] < 0 ? NONE : cluster[i - 1] / 4096);
    buffer[f++] = key(CLUSTER_NEXT, i + 1 == n ? END : cluster[i + 1] < 0 ? NONE : cluster[i + 1] / 4096);
    buffer[f++] = key(COARSE_PREV_THIS, Hashing.combine(i == 0 ? START : cluster[i - 1] % 4096,
        cluster[i] < 0 ? NONE : cluster[i] % 4096));
    buffer[f++] = key(LENGTH, Math.min(length, 8));
    if (i == 0) {
      buffer[f++] = key(FIRST, shape[i]);
    }
    if (s.allCaps()) {
      buffer[f++] = key(CAPS_SENTENCE_SHAPE, lower[i]);
    }
    int[] names = s.names();
    f = nameFeatures(buffer, f, NAMES, names[i]);
    if (i > 0) {
      f = nameFeatures(buffer, f, NAMES_PREV, names[i - 1]);
    }
    if (i + 1 < n) {
      f = nameFeatures(buffer, f, NAMES_NEXT, names[i + 1]);
    }
    return java.util.Arrays.copyOf(buffer, f);
  }

  /** Kind bits k spread to even positions 2k, so begin/inside bits sit side by side. */
  private static int spread(int kinds) {
    int out = 0;
    for (int k = 0; k < WordKnowledge.KINDS; k++) {
      if ((kinds & (1 << k)) != 0) {
        out |= 1 << (2 * k);
      }
    }
    return out;
  }

  private static int nameFeatures(long[] buffer, int f, int template, int bits) {
    for (int b = 0; b < 2 * WordKnowledge.KINDS; b++) {
      if ((bits & (1 << b)) != 0) {
        buffer[f++] = key(template, b);
      }
    }
    return f;
  }

  static long key(int template, long value) {
    return Hashing.combine(template, value);
  }

  /** Character classes with runs collapsed: "Putin" Xx, "U.S." X.X., "2004" d, "McCain" XxXx. */
  static long shape(String w) {
    long h = 3;
    char last = 0;
    int emitted = 0;
    for (int i = 0; i < w.length() && emitted < 8; i++) {
      char c = w.charAt(i);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'l' : c;
      if (cls != last) {
        h = 31 * h + cls;
        last = cls;
        emitted++;
      }
    }
    return Hashing.mix(h);
  }
}
