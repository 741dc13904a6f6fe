package io.newsstats.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles are compared, and the whole comparison for a window of signatures small enough
 * for one JVM. Pure functions: {@link StoryDetection} runs {@link #pairs} inside Spark tasks for
 * a large window and {@link #find} on the driver for a small one; both give the same pairs.
 */
public final class StoryCandidates {
  /** A band bucket larger than this (boilerplate shared by many articles) pairs each with its next ones only. */
  public static final int MAX_NEIGHBOURS = 50;

  /** What pairing needs to know of an article; {@code earlier}: read by an earlier run. */
  public interface Dated {
    String id();

    LocalDate published();

    boolean earlier();
  }

  /** A member of a band bucket. */
  public record Member(String id, LocalDate published, boolean earlier) implements Dated {}

  /** Two members of a bucket, the smaller id first. */
  public record Pair<T extends Dated>(T a, T b) {}

  /**
   * An article with its signature; {@code storyId}/{@code storyDate} are set for an earlier run's
   * article (its kept story) and null for this run's.
   */
  public record Signed(String id, LocalDate published, int[] signature, String storyId, LocalDate storyDate)
      implements Dated {
    @Override
    public boolean earlier() {
      return storyId != null;
    }
  }

  /** Distinct candidate pairs compared, and the pairs that are copies (each once). */
  public record Found(long candidatePairs, List<Pair<Signed>> copies) {}

  private StoryCandidates() {}

  /**
   * Pairs in one band bucket published at most {@code windowDays} apart, in date order; each member
   * is paired with at most {@link #MAX_NEIGHBOURS} later ones, so a huge bucket costs linear time.
   * Two members of earlier runs are not paired: an earlier run already decided about them.
   */
  public static <T extends Dated> List<Pair<T>> pairs(List<T> members, int windowDays) {
    List<T> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Dated::published).thenComparing(Dated::id));
    List<Pair<T>> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      T first = sorted.get(i);
      long day = first.published().toEpochDay();
      for (int j = i + 1; j < sorted.size() && j <= i + MAX_NEIGHBOURS; j++) {
        T second = sorted.get(j);
        if (second.published().toEpochDay() - day > windowDays) {
          break;
        }
        if (first.earlier() && second.earlier()) {
          continue;
        }
        pairs.add(first.id().compareTo(second.id()) < 0 ? new Pair<>(first, second) : new Pair<>(second, first));
      }
    }
    return pairs;
  }

  /**
   * Every article's band keys bucketed in memory, each bucket's {@link #pairs} compared by their
   * signatures: the same pairs the Spark path finds. About 1 KB of heap per article, so the job
   * takes this way only for windows of up to {@link StoryDetection#LOCAL_SIGNATURES} signatures.
   */
  public static Found find(List<Signed> articles, int windowDays, double threshold) {
    Map<Long, List<Signed>> buckets = new HashMap<>();
    for (Signed article : articles) {
      for (long key : MinHash.bandKeys(article.signature())) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(article);
      }
    }
    // A pair sharing several bands is counted once: by a 64-bit key per pair, sorted at the end.
    long[] compared = new long[1024];
    int count = 0;
    Map<String, Pair<Signed>> copies = new LinkedHashMap<>();
    for (List<Signed> bucket : buckets.values()) {
      if (bucket.size() < 2) {
        continue;
      }
      for (Pair<Signed> pair : pairs(bucket, windowDays)) {
        if (count == compared.length) {
          compared = Arrays.copyOf(compared, count * 2);
        }
        compared[count++] = pairKey(pair.a().id(), pair.b().id());
        if (MinHash.similarity(pair.a().signature(), pair.b().signature()) >= threshold) {
          copies.putIfAbsent(pair.a().id() + '\u0000' + pair.b().id(), pair);
        }
      }
    }
    Arrays.sort(compared, 0, count);
    long distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || compared[i] != compared[i - 1]) {
        distinct++;
      }
    }
    return new Found(distinct, new ArrayList<>(copies.values()));
  }

  /** 64-bit key of an ordered pair of ids (FNV-1a per id, mixed): collisions are ~1e-8 at a million pairs. */
  static long pairKey(String a, String b) {
    return MinHash.mix(MinHash.mix(fnv(a)) ^ fnv(b));
  }

  private static long fnv(String s) {
    long hash = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      hash ^= s.charAt(i);
      hash *= 0x100000001B3L;
    }
    return hash;
  }
}
