package io.newsstats.ner.tagger;

/**
 * 64-bit hashes of words and feature keys, computed without allocating strings: the tagger looks
 * up about thirty features per token, so lower-casing each word into a new String would cost more
 * than the lookups themselves.
 */
final class Hashing {
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  static long combine(long a, long b) {
    return mix(a * 31 + b + SEED);
  }

  /** The hash of s[from, to), lower-cased. */
  static long lower(CharSequence s, int from, int to) {
    long h = 1125899906842597L;
    for (int i = from; i < to; i++) {
      h = 31 * h + Character.toLowerCase(s.charAt(i));
    }
    return mix(h);
  }

  static long lower(CharSequence s) {
    return lower(s, 0, s.length());
  }

  static long exact(CharSequence s) {
    long h = 7;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h);
  }

  /** The hash of a phrase of lower-cased token hashes. */
  static long phrase(long[] tokens, int from, int to) {
    long h = 17;
    for (int i = from; i < to; i++) {
      h = combine(h, tokens[i]);
    }
    return h;
  }
}
