package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.linking.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
  private static final PhraseMatcher MATCHER = new PhraseMatcher(
      List.of("Papua New Guinea", "Guinea", "Guinea-Bissau", "U.S.", "Côte d\u2019Ivoire", "Niger", "South Korea"),
      TOKENIZER);

  private static List<String> found(String text) {
    return MATCHER.find(text, TOKENIZER.tokenize(text).tokens()).stream().map(Match::surface).toList();
  }

  @Test
  void reportsEveryMatchIncludingNestedOnes() {
    assertEquals(List.of("Papua New Guinea", "Guinea", "Guinea", "Guinea-Bissau"),
        found("Papua New Guinea and Guinea-Bissau met."));
  }

  @Test
  void matchesWholeTokensOnlyAndIsCaseSensitive() {
    assertEquals(List.of("Niger"), found("Nigeria and Niger; niger and south korea."));
    assertEquals(List.of("U.S.", "Côte d\u2019Ivoire"), found("The U.S. envoy visited Côte d\u2019Ivoire\u2019s capital."));
  }

  @Test
  void neverMatchesAcrossSentences() {
    assertEquals(List.of(), found("He went South. Korea was next."));
  }

  @Test
  void matchOffsetsAndSentence() {
    String text = "Rain. Then South Korea's turn.";
    Match m = MATCHER.find(text, TOKENIZER.tokenize(text).tokens()).get(0);
    assertEquals("South Korea", text.substring(m.begin(), m.end()));
    assertEquals(1, m.sentenceIndex());
  }
}
