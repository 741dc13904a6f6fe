package io.newsstats.stats;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.newsstats.kb.EntityType;
import java.util.Arrays;
import java.util.stream.Stream;
import io.newsstats.sentiment.SentenceToneScorer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The output tables, derived from the per-article analysis with Spark SQL aggregations. */
public final class StatsTables {
  private StatsTables() {}

  /** One row per mention, flattened from the analysis. */
  public static Dataset<Row> mentions(Dataset<Row> analysis) {
    return analysis.select(col("article_id"), col("published_date"), col("source"), explode(col("mentions")).as("m"))
        .select(col("article_id"), col("published_date"), col("source"), col("m.entity_type"), col("m.entity_id"),
            col("m.entity_name"), col("m.country"), col("m.sentence_index"), col("m.begin"), col("m.end"),
            col("m.surface"), col("m.sentence_tone"), col("m.sentence"), col("m.in_office"), col("m.role"));
  }

  /** GDELT-style document tone per article. */
  public static Dataset<Row> articleTone(Dataset<Row> analysis) {
    return analysis.select(col("article_id"), col("published_date"), col("source"), col("title"), col("tone"),
        col("positive_score"), col("negative_score"), col("polarity"), col("word_count"), col("sentences"),
        size(col("mentions")).as("mentions"), col("unresolved_mentions"));
  }

  public static Dataset<Row> countryStats(Dataset<Row> mentions) {
    return mentions.filter(col("entity_type").equalTo(EntityType.COUNTRY.name()))
        .groupBy(col("published_date").as("date"), col("entity_id").as("id"))
        .agg(first("entity_name").as("name"), dailyMeasures());
  }

  public static Dataset<Row> leaderStats(Dataset<Row> mentions) {
    return mentions.filter(col("entity_type").equalTo(EntityType.LEADER.name()))
        .groupBy(col("published_date").as("date"), col("entity_id").as("id"))
        .agg(first("entity_name").as("name"), dailyMeasures(first("country").as("country"), first("role").as("role"),
            first("in_office").as("in_office")));
  }

  /**
   * Per day, each unordered pair of countries named in the same article (a before b
   * alphabetically): how many articles name both, and the mean tone of the sentences naming both
   * (null when they never share a sentence).
   */
  public static Dataset<Row> countryPairs(Dataset<Row> mentions) {
    Dataset<Row> countries = mentions.filter(col("entity_type").equalTo(EntityType.COUNTRY.name()))
        .select(col("article_id"), col("published_date").as("date"), col("entity_id").as("id"),
            col("entity_name").as("name"), col("sentence_index"), col("sentence_tone"));

    Dataset<Row> perArticle = countries.select("article_id", "date", "id", "name").distinct();
    Dataset<Row> articlePairs = perArticle.as("a").join(perArticle.as("b"),
            col("a.article_id").equalTo(col("b.article_id")).and(col("a.id").lt(col("b.id"))))
        .groupBy(col("a.date").as("date"), col("a.id").as("country_a"), col("b.id").as("country_b"))
        .agg(first("a.name").as("name_a"), first("b.name").as("name_b"), countDistinct("a.article_id").as("articles"));

    Dataset<Row> perSentence = countries.select("article_id", "date", "id", "sentence_index", "sentence_tone").distinct();
    Dataset<Row> sentencePairs = perSentence.as("a").join(perSentence.as("b"),
            col("a.article_id").equalTo(col("b.article_id"))
                .and(col("a.sentence_index").equalTo(col("b.sentence_index")))
                .and(col("a.id").lt(col("b.id"))))
        .groupBy(col("a.date").as("date"), col("a.id").as("country_a"), col("b.id").as("country_b"))
        .agg(count(lit(1)).as("shared_sentences"), avg("a.sentence_tone").as("tone_mean"));

    return articlePairs.join(sentencePairs, new String[] {"date", "country_a", "country_b"}, "left")
        .select(col("date"), col("country_a"), col("country_b"), col("name_a"), col("name_b"), col("articles"),
            when(col("shared_sentences").isNull(), lit(0L)).otherwise(col("shared_sentences")).as("shared_sentences"),
            col("tone_mean"));
  }

  /** The given leading columns, then articles, mentions, tone_mean, positive/negative_mentions, sources. */
  private static Column[] dailyMeasures(Column... leading) {
    return Stream.concat(Arrays.stream(leading), Stream.of(
        countDistinct("article_id").as("articles"),
        count(lit(1)).as("mentions"),
        avg("sentence_tone").as("tone_mean"),
        sum(when(col("sentence_tone").geq(SentenceToneScorer.POSITIVE_THRESHOLD), 1).otherwise(0)).cast("long")
            .as("positive_mentions"),
        sum(when(col("sentence_tone").leq(SentenceToneScorer.NEGATIVE_THRESHOLD), 1).otherwise(0)).cast("long")
            .as("negative_mentions"),
        countDistinct("source").as("sources"))).toArray(Column[]::new);
  }
}
