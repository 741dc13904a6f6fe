package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

  private static List<String> tokens(String text) {
    return TOKENIZER.tokenize(text).tokens().stream().map(AnnotatedArticle.Token::text).toList();
  }

  private static List<String> sentences(String text) {
    return TOKENIZER.tokenize(text).sentences().stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void splitsPossessivesHyphensContractionsAndEdgePunctuation() {
    assertEquals(List.of("North", "Korea", "\u2019s", "leader", ",", "Russia", "'s", "ally", ",", "did", "n't",
        "attend", "the", "Kim", "-", "Putin", "\u201c", "summit", "\u201d", "."),
        tokens("North Korea\u2019s leader, Russia's ally, didn't attend the Kim-Putin \u201csummit\u201d."));
  }

  @Test
  void keepsDottedAbbreviationsWhole() {
    assertEquals(List.of("The", "U.S.", "and", "U.K.", "agreed", "."), tokens("The U.S. and U.K. agreed."));
    assertEquals(List.of("Guinea", "-", "Bissau", "'s", "Côte", "d'Ivoire"), tokens("Guinea-Bissau's Côte d'Ivoire"));
  }

  @Test
  void sentencesEndAtTerminalPunctuationBeforeACapitalButNotAfterAbbreviations() {
    assertEquals(List.of("Mr. Putin met the U.S. envoy.", "He left!", "\u201cGood,\u201d he said.", "Then 3 more came?"),
        sentences("Mr. Putin met the U.S. envoy. He left! \u201cGood,\u201d he said. Then 3 more came?"));
    assertEquals(List.of("George W. Bush spoke in Washington, D.C. on Monday."),
        sentences("George W. Bush spoke in Washington, D.C. on Monday."));
  }

  @Test
  void paragraphBreaksEndSentences() {
    assertEquals(List.of("Headline without a period", "Body starts here."),
        sentences("Headline without a period\n\nBody starts here."));
  }

  @Test
  void tokensCarryOffsetsAndSentenceIndex() {
    String text = "Kim met Putin. Xi waited.";
    List<AnnotatedArticle.Token> tokens = TOKENIZER.tokenize(text).tokens();
    AnnotatedArticle.Token xi = tokens.get(4);
    assertEquals("Xi", text.substring(xi.begin(), xi.end()));
    assertEquals(1, xi.sentenceIndex());
  }
}
