package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToneFeaturesTest {
  @Test
  void wordsAreKeptWithWhereTheyStandToTheTargetAndItsClause() {
    // "Critics accused Smith of lying , but voters cheered ." with Smith the target
    List<String> tokens = List.of("Critics", "accused", "Smith", "of", "lying", ",", "but", "voters", "cheered", ".");
    Map<String, Double> f = new ToneFeatures(Lexicon.bundledVader()).of(tokens, 2, 2, -0.5, 0.0);
    assertTrue(f.containsKey("L1:accused") && f.containsKey("L2:critics") && f.containsKey("R1:of"), f.keySet()
        .toString());
    assertTrue(f.containsKey("C:lying") && f.containsKey("C:accused"), "the target's clause");
    assertFalse(f.containsKey("C:cheered"), "another clause's words are not the target's clause");
    assertFalse(f.containsKey("C:smith"), "nor the target itself");
  }
}
