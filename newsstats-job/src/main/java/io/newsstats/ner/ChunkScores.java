package io.newsstats.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 as conlleval computes them: an entity counts as found only
 * when its type and both boundaries match. Tags are IOB1 or IOB2 ("B-PER", "I-PER", "O").
 */
public final class ChunkScores {
  /** One entity: its type and token span [first, last]. */
  public record Chunk(String type, int first, int last) {}

  private final Map<String, int[]> byType = new TreeMap<>();  // type -> {correct, predicted, gold}

  /** Entities of one tag sequence; an I- tag after O or after another type opens a new entity, as conlleval does. */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String tagType = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = type != null && prefix.equals("I") && type.equals(tagType);
      if (!continues) {
        if (type != null) {
          chunks.add(new Chunk(type, start, i - 1));
        }
        type = tagType;
        start = i;
      }
    }
    return chunks;
  }

  /** Adds one sentence's gold and predicted tags (the same tokens). */
  public void add(List<String> gold, List<String> predicted) {
    Set<Chunk> goldChunks = new HashSet<>(chunks(gold));
    for (Chunk c : goldChunks) {
      counts(c.type())[2]++;
    }
    for (Chunk c : new HashSet<>(chunks(predicted))) {
      counts(c.type())[1]++;
      if (goldChunks.contains(c)) {
        counts(c.type())[0]++;
      }
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  /** correct, predicted, gold for one type, or summed over all types (micro) when type is null. */
  public int[] counts(String type, boolean micro) {
    if (!micro) {
      return byType.getOrDefault(type, new int[3]);
    }
    int[] sum = new int[3];
    byType.values().forEach(c -> {
      sum[0] += c[0];
      sum[1] += c[1];
      sum[2] += c[2];
    });
    return sum;
  }

  /** correct, predicted, gold summed over the given types (micro over a subset, e.g. PER/ORG/LOC without MISC). */
  public int[] counts(List<String> types) {
    int[] sum = new int[3];
    for (String type : types) {
      int[] c = counts(type, false);
      for (int i = 0; i < 3; i++) {
        sum[i] += c[i];
      }
    }
    return sum;
  }

  public static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public static String line(String name, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return String.format(Locale.ROOT, "%-6s precision=%.3f recall=%.3f F1=%.3f (found %d, predicted %d, gold %d)",
        name, p, r, f1(c), c[0], c[1], c[2]);
  }

  /** One line per type, then the micro average. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    byType.forEach((type, c) -> lines.add(line(type, c)));
    lines.add(line("micro", counts(null, true)));
    return lines;
  }
}
