package io.newsstats.nlp;

import java.util.Collection;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The default NLP stage: sentence detection, tokenization and gazetteer matching of our own in one
 * pass per article ({@link FastAnalyzer}), then the same linking and tone as every stage. One map
 * over the articles, no intermediate annotation columns.
 */
public final class FastNlpStage implements NlpStage {
  private final FastAnalyzer analyzer;

  public FastNlpStage(ArticleAnalyzer analyzer, Collection<String> phrases) {
    this.analyzer = new FastAnalyzer(analyzer, phrases);
  }

  @Override
  public Dataset<Row> analyze(Dataset<Row> articles) {
    FastAnalyzer fast = analyzer;
    return articles.select(NamedEntities.withSpans(articles, "id", "published_date", "source", "title", "text"))
        .map((MapFunction<Row, Row>) row -> {
      java.sql.Date published = row.getDate(1);
      return AnalysisSchema.toRow(row.getString(0), published, row.getString(2), row.getString(3),
          fast.analyze(row.getString(4), published.toLocalDate(), NamedEntities.of(row, 5)));
    }, Encoders.row(AnalysisSchema.SCHEMA));
  }
}
