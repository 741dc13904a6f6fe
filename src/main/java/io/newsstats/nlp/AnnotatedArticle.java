package io.newsstats.nlp;

import io.newsstats.linking.Match;
import java.time.LocalDate;
import java.util.List;

/**
 * What the NLP annotators found in one article, with [begin, end) offsets into its text: the
 * plain-Java hand-over between the annotators and the linking and tone logic.
 */
public record AnnotatedArticle(String text, LocalDate published, List<Span> sentences, List<Token> tokens,
    List<Match> matches) {

  public record Span(int begin, int end) {}

  public record Token(int begin, int end, String text, int sentenceIndex) {}
}
