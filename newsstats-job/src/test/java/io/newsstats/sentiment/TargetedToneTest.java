package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetedToneTest {
  private static final SentenceToneScorer SCORER = new SentenceToneScorer(Lexicon.bundledVader());
  private static final TargetedTone TARGETED = new TargetedTone(SCORER);

  @Test
  void praiseAndCondemnationInOneSentenceGoToTheirOwnTargets() {
    List<String> tokens = List.of("Macron", "praised", "Germany", "but", "condemned", "Russia", ".");
    assertTrue(TARGETED.score(tokens, 2, 2) > 0, "Germany is praised");
    assertTrue(TARGETED.score(tokens, 5, 5) < 0, "Russia is condemned");
  }

  @Test
  void clauseWithoutSentimentFallsBackToTheSentence() {
    List<String> tokens = List.of("In", "Paris", ",", "officials", "welcomed", "the", "great", "deal", ".");
    assertEquals(SCORER.score(tokens), TARGETED.score(tokens, 1, 1));
  }
}
