package io.newsstats.stories;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Articles joined into stories by near-duplicate pairs (transitively: a copy of a copy is the same
 * story). A story's id is its earliest copy's id: earliest publication date, then smallest id, so
 * the choice does not depend on the order pairs arrive in.
 */
public final class StoryClusters {
  /** An article as the clustering sees it. */
  public record Copy(String id, LocalDate published) {}

  private static final Comparator<Copy> EARLIEST = Comparator.comparing(Copy::published).thenComparing(Copy::id);

  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Copy> copies = new HashMap<>();

  public void join(Copy a, Copy b) {
    copies.putIfAbsent(a.id(), a);
    copies.putIfAbsent(b.id(), b);
    String rootA = root(a.id());
    String rootB = root(b.id());
    if (rootA.equals(rootB)) {
      return;
    }
    // The root is always the earliest copy of its set, so the root is the story id.
    if (EARLIEST.compare(copies.get(rootA), copies.get(rootB)) <= 0) {
      parent.put(rootB, rootA);
    } else {
      parent.put(rootA, rootB);
    }
  }

  /** Story id of every article that was in any pair (articles in no pair are their own story). */
  public Map<String, String> storyIds() {
    Map<String, String> stories = new HashMap<>();
    for (String id : copies.keySet()) {
      stories.put(id, root(id));
    }
    return stories;
  }

  private String root(String id) {
    String node = id;
    while (parent.containsKey(node)) {
      node = parent.get(node);
    }
    // Path compression: later lookups of this chain are one step.
    String walker = id;
    while (parent.containsKey(walker)) {
      String next = parent.get(walker);
      if (!next.equals(node)) {
        parent.put(walker, node);
      }
      walker = next;
    }
    return node;
  }
}
