package io.newsstats.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a text's word shingles, their LSH band keys, and the similarity two
 * signatures estimate. Words are runs of letters and digits, lower-cased, so punctuation, case and
 * spacing edits do not count as differences; a shingle is {@link #SHINGLE_WORDS} consecutive words.
 *
 * <p>The fraction of equal positions of two signatures estimates the Jaccard similarity of the two
 * shingle sets. Banding (b bands of r rows) makes two texts candidates when any band is equal:
 * with similarity s that happens with probability 1 − (1 − s^r)^b.
 */
public final class MinHash {
  public static final int SHINGLE_WORDS = 4;
  public static final int HASHES = 64;
  public static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;

  private MinHash() {}

  /** The signature of {@code text}: HASHES minima, one per hash function. */
  public static int[] signature(String text) {
    long[] words = wordHashes(text);
    int[] signature = new int[HASHES];
    Arrays.fill(signature, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
    for (int s = 0; s < shingles; s++) {
      long shingle = 0x2545F4914F6CDD1DL;
      for (int w = s; w < Math.min(words.length, s + SHINGLE_WORDS); w++) {
        shingle = mix(shingle ^ words[w]);
      }
      for (int h = 0; h < HASHES; h++) {
        int value = (int) (mix(shingle + SEEDS[h]) >>> 32);
        if (value < signature[h]) {
          signature[h] = value;
        }
      }
    }
    return signature;
  }

  /** One key per band: equal keys make two texts candidates. The band number is part of the key. */
  public static long[] bandKeys(int[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        key = mix(key ^ (signature[b * ROWS + r] & 0xFFFFFFFFL));
      }
      keys[b] = key;
    }
    return keys;
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 0…1. */
  public static double similarity(int[] a, int[] b) {
    int equal = 0;
    for (int h = 0; h < HASHES; h++) {
      if (a[h] == b[h]) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  static long[] wordHashes(String text) {
    List<Long> hashes = new ArrayList<>();
    long hash = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        hash = (inWord ? hash : 0xCBF29CE484222325L) ^ Character.toLowerCase(c);
        hash *= 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        hashes.add(hash);
        inWord = false;
      }
    }
    if (inWord) {
      hashes.add(hash);
    }
    return hashes.stream().mapToLong(Long::longValue).toArray();
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash step. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final long[] SEEDS = new long[HASHES];

  static {
    long seed = 0x9E3779B97F4A7C15L;
    for (int h = 0; h < HASHES; h++) {
      seed += 0x9E3779B97F4A7C15L;
      SEEDS[h] = mix(seed);
    }
  }
}
