package io.newsstats.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaderRecallTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadBundled();

  @Test
  void recallPerLeaderMissesAndLeadersLinkedYearsBeforeTheirTime() {
    LocalDate day = LocalDate.of(1987, 3, 2);
    List<LeaderRecall.Label> labels = List.of(
        new LeaderRecall.Label("a", day, "reagan", "ronald-reagan"),
        new LeaderRecall.Label("b", day, "reagan", "ronald-reagan"),
        new LeaderRecall.Label("b", day, "nakasone", "yasuhiro-nakasone"));
    Map<String, Set<String>> linked = Map.of("a", Set.of("ronald-reagan"), "b", Set.of("george-w-bush"),
        "c", Set.of("george-w-bush"));
    LeaderRecall.Result result = LeaderRecall.score(labels, linked, Map.of("a", day, "b", day,
        "c", LocalDate.of(1998, 1, 1)), KB);
    assertEquals(1, result.found());
    assertArrayEquals(new int[] {1, 2}, result.byLeader().get("ronald-reagan"));
    assertEquals(List.of("ronald-reagan", "yasuhiro-nakasone"), List.copyOf(result.byLeader().keySet()));
    assertEquals(2, result.misses().size());
    // George W. Bush took office in 2001: linked in 1987 he is the wrong era, in 1998 (under 5 years) not counted
    assertEquals(Map.of("george-w-bush", 1), result.anachronisms());
  }
}
