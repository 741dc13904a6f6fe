package io.newsstats.nlp;

import io.newsstats.linking.Match;
import io.newsstats.linking.NamedEntity;
import java.time.LocalDate;
import java.util.List;

/**
 * What the NLP annotators found in one article, with [begin, end) offsets into its text: the
 * plain-Java hand-over between the annotators and the linking and tone logic. {@code entities} are
 * the statistical NER model's spans (empty without {@code --ner}).
 */
public record AnnotatedArticle(String text, LocalDate published, List<Span> sentences, List<Token> tokens,
    List<Match> matches, List<NamedEntity> entities) {

  public AnnotatedArticle(String text, LocalDate published, List<Span> sentences, List<Token> tokens,
      List<Match> matches) {
    this(text, published, sentences, tokens, matches, List.of());
  }

  public record Span(int begin, int end) {}

  public record Token(int begin, int end, String text, int sentenceIndex) {}

  /**
   * Indices of the first and last of {@code tokens} that overlap the character span [begin, end),
   * or null when none does.
   */
  public static int[] tokenRange(List<Token> tokens, int begin, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > begin && t.begin() < end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
