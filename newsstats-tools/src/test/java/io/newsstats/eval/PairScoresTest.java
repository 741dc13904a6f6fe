package io.newsstats.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairScoresTest {
  @Test
  void pairsFoundAgainstGoldPairs() {
    // Gold: {a, b, c} one story, d alone. Found: {a, b} and {c, d}.
    Map<String, String> gold = Map.of("a", "a", "b", "a", "c", "a", "d", "d");
    Map<String, String> found = Map.of("a", "a", "b", "a", "c", "c", "d", "c");
    PairScores scores = PairScores.of(found, gold);
    assertEquals(2, scores.predictedPairs());
    assertEquals(3, scores.goldPairs());
    assertEquals(1, scores.correctPairs());
    assertEquals(0.5, scores.precision());
    assertEquals(1 / 3.0, scores.recall(), 1e-12);
  }
}
