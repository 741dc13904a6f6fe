package io.newsstats.nlp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * One article's text in, its analysis out: {@link NewsTokenizer}, {@link PhraseMatcher} and the
 * {@link ArticleAnalyzer}, with no Spark. The fast engine maps it over a Dataset; the evaluations
 * call it directly.
 */
public final class FastAnalyzer implements Serializable {
  private final ArticleAnalyzer analyzer;
  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final PhraseMatcher matcher;

  public FastAnalyzer(ArticleAnalyzer analyzer, Collection<String> phrases) {
    this.analyzer = analyzer;
    this.matcher = new PhraseMatcher(phrases, tokenizer);
  }

  public ArticleAnalysis analyze(String text, LocalDate published) {
    return analyze(text, published, java.util.List.of());
  }

  /** With the spans a NER model found in the text (see {@link io.newsstats.linking.EntityMerger}). */
  public ArticleAnalysis analyze(String text, LocalDate published, java.util.List<io.newsstats.linking.NamedEntity> entities) {
    NewsTokenizer.Result tokens = tokenizer.tokenize(text);
    return analyzer.analyze(new AnnotatedArticle(text, published, tokens.sentences(), tokens.tokens(),
        matcher.find(text, tokens.tokens()), entities));
  }
}
