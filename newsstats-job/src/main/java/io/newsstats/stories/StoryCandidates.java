package io.newsstats.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles are compared, and the whole comparison for a window of signatures small enough
 * for one JVM. Pure functions: {@link StoryDetection} runs {@link #compare} on each band bucket
 * inside Spark tasks for a large window and {@link #find} on the driver for a small one; both give
 * the same pairs.
 */
public final class StoryCandidates {
  /** A band bucket larger than this (boilerplate shared by many articles) pairs each with its next ones only. */
  public static final int MAX_NEIGHBOURS = 50;

  /**
   * An article with its signature; {@code storyId}/{@code storyDate} are set for an earlier run's
   * article (its kept story) and null for this run's.
   */
  public record Signed(String id, LocalDate published, int[] signature, String storyId, LocalDate storyDate) {
    /** Read by an earlier run. */
    public boolean earlier() {
      return storyId != null;
    }
  }

  /** Two members of a bucket, the smaller id first. */
  public record Pair(Signed a, Signed b) {}

  /**
   * What comparing found: {@code comparisons}, the candidate pairs compared (a pair is compared once
   * in each band bucket it shares), and the pairs that are copies, each once.
   */
  public record Found(long comparisons, List<Pair> copies) {}

  private StoryCandidates() {}

  /**
   * Pairs in one band bucket published at most {@code windowDays} apart, in date order; each member
   * is paired with at most {@link #MAX_NEIGHBOURS} later ones, so a huge bucket costs linear time.
   * Two members of earlier runs are not paired: an earlier run already decided about them.
   */
  public static List<Pair> pairs(List<Signed> members, int windowDays) {
    List<Signed> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Signed::published).thenComparing(Signed::id));
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Signed first = sorted.get(i);
      long day = first.published().toEpochDay();
      for (int j = i + 1; j < sorted.size() && j <= i + MAX_NEIGHBOURS; j++) {
        Signed second = sorted.get(j);
        if (second.published().toEpochDay() - day > windowDays) {
          break;
        }
        if (first.earlier() && second.earlier()) {
          continue;
        }
        pairs.add(first.id().compareTo(second.id()) < 0 ? new Pair(first, second) : new Pair(second, first));
      }
    }
    return pairs;
  }

  /**
   * One band bucket's {@link #pairs} compared by their signatures; a copy is a pair whose
   * signatures agree on at least {@code threshold} of their values.
   */
  public static Found compare(List<Signed> bucket, int windowDays, double threshold) {
    long comparisons = 0;
    List<Pair> copies = new ArrayList<>();
    for (Pair pair : pairs(bucket, windowDays)) {
      comparisons++;
      if (MinHash.similarity(pair.a().signature(), pair.b().signature()) >= threshold) {
        copies.add(pair);
      }
    }
    return new Found(comparisons, copies);
  }

  /**
   * Every article's band keys bucketed in memory and each bucket {@linkplain #compare compared}: what
   * the Spark path finds, with each copy pair once. About 1 KB of heap per article, so the job takes
   * this way only for windows of up to {@link StoryDetection#LOCAL_SIGNATURES} signatures.
   */
  public static Found find(List<Signed> articles, int windowDays, double threshold) {
    Map<Long, List<Signed>> buckets = new HashMap<>();
    for (Signed article : articles) {
      for (long key : MinHash.bandKeys(article.signature())) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(article);
      }
    }
    long comparisons = 0;
    Map<String, Pair> copies = new LinkedHashMap<>();
    for (List<Signed> bucket : buckets.values()) {
      if (bucket.size() > 1) {
        Found found = compare(bucket, windowDays, threshold);
        comparisons += found.comparisons();
        found.copies().forEach(pair -> copies.putIfAbsent(pair.a().id() + '\u0000' + pair.b().id(), pair));
      }
    }
    return new Found(comparisons, new ArrayList<>(copies.values()));
  }
}
