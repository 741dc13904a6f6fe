package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpansTest {
  /** The tagger's words of one sentence, each as the text it covers. */
  private static List<String> words(String text) {
    List<AnnotatedArticle.Token> tokens = new NewsTokenizer().tokenize(text).tokens();
    int[] starts = NameSpans.wordStarts(tokens);
    List<String> words = new java.util.ArrayList<>();
    for (int w = 0; w + 1 < starts.length; w++) {
      words.add(text.substring(tokens.get(starts[w]).begin(), tokens.get(starts[w + 1] - 1).end()));
    }
    return words;
  }

  @Test
  void hyphenatedNamesAreOneWordAsInTheTaggersTrainingText() {
    assertEquals(List.of("Mr", "Kilroy-Silk", "met", "Sven-Goran", "Eriksson", "."),
        words("Mr Kilroy-Silk met Sven-Goran Eriksson."));
  }

  @Test
  void compoundsThatAreNoNamesStaySplitForTheGazetteer() {
    assertEquals(List.of("Ex", "-", "Labour", "and", "UK", "-", "based", "firms", "in", "D", "-", "Wis", "and",
        "Russia", "-", "Ukraine", "talks", "-", "Smith", "."),
        words("Ex-Labour and UK-based firms in D-Wis and Russia - Ukraine talks - Smith."));
  }
}
