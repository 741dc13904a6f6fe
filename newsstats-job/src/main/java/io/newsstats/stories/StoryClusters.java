package io.newsstats.stories;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Articles joined into stories by near-duplicate pairs (transitively: a copy of a copy is the same
 * story). A story's id is its earliest copy's id: earliest publication date, then smallest id, so
 * the choice does not depend on the order pairs arrive in.
 *
 * <p>In an incremental run the stories of earlier runs take part as {@linkplain Copy#kept kept}
 * nodes (one per story, under the story's id and its first copy's date). A kept story outranks
 * every new article, so a new copy joins the story an earlier run named and that story keeps its
 * id; earlier articles are never renamed.
 */
public final class StoryClusters {
  /** An article as the clustering sees it; {@code kept}: a story of an earlier run, under its id. */
  public record Copy(String id, LocalDate published, boolean kept) {
    public Copy(String id, LocalDate published) {
      this(id, published, false);
    }
  }

  private static final Comparator<Copy> FIRST = Comparator.comparing((Copy c) -> !c.kept())
      .thenComparing(Copy::published).thenComparing(Copy::id);

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
    // The root is always the first copy of its set (kept stories first), so the root is the story id.
    if (FIRST.compare(copies.get(rootA), copies.get(rootB)) <= 0) {
      parent.put(rootB, rootA);
    } else {
      parent.put(rootA, rootB);
    }
  }

  /**
   * The story of every new article that was in any pair, as its first copy (id and date); articles
   * in no pair are their own story, and kept stories are not listed.
   */
  public Map<String, Copy> stories() {
    Map<String, Copy> stories = new HashMap<>();
    for (Copy copy : copies.values()) {
      if (!copy.kept()) {
        stories.put(copy.id(), copies.get(root(copy.id())));
      }
    }
    return stories;
  }

  /** Story id of every new article that was in any pair. */
  public Map<String, String> storyIds() {
    Map<String, String> ids = new HashMap<>();
    stories().forEach((article, story) -> ids.put(article, story.id()));
    return ids;
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
