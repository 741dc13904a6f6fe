package io.newsstats.nlp;

import java.util.Collection;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The default NLP stage: sentence detection, tokenization and gazetteer matching of our own in one
 * pass per article ({@link NewsTokenizer}, {@link PhraseMatcher}), then the same linking and tone as
 * every stage. One map over the articles, no intermediate annotation columns.
 */
public final class FastNlpStage implements NlpStage {
  private final ArticleAnalyzer analyzer;
  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final PhraseMatcher matcher;

  public FastNlpStage(ArticleAnalyzer analyzer, Collection<String> phrases) {
    this.analyzer = analyzer;
    this.matcher = new PhraseMatcher(phrases, tokenizer);
  }

  @Override
  public Dataset<Row> analyze(Dataset<Row> articles) {
    ArticleAnalyzer articleAnalyzer = analyzer;
    NewsTokenizer newsTokenizer = tokenizer;
    PhraseMatcher phraseMatcher = matcher;
    return articles.select("id", "published_date", "source", "title", "text").map((MapFunction<Row, Row>) row -> {
      String text = row.getString(4);
      java.sql.Date published = row.getDate(1);
      NewsTokenizer.Result tokens = newsTokenizer.tokenize(text);
      AnnotatedArticle article = new AnnotatedArticle(text, published.toLocalDate(), tokens.sentences(),
          tokens.tokens(), phraseMatcher.find(text, tokens.tokens()));
      return AnalysisSchema.toRow(row.getString(0), published, row.getString(2), row.getString(3),
          articleAnalyzer.analyze(article));
    }, Encoders.row(AnalysisSchema.SCHEMA));
  }
}
