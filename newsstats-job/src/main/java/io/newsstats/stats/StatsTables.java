package io.newsstats.stats;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.newsstats.kb.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The output tables, derived from the per-article analysis with Spark SQL aggregations. */
public final class StatsTables {
  private StatsTables() {}

  /** One row per mention, flattened from the analysis. */
  public static Dataset<Row> mentions(Dataset<Row> analysis) {
    return analysis.select(col("article_id"), col("story_id"), col("published_date"), col("source"),
            explode(col("mentions")).as("m"))
        .select(col("article_id"), col("story_id"), col("published_date"), col("source"), col("m.entity_type"), col("m.entity_id"),
            col("m.entity_name"), col("m.country"), col("m.sentence_index"), col("m.begin"), col("m.end"),
            col("m.surface"), col("m.sentence_tone"), col("m.mention_tone"), col("m.mention_label"), col("m.sentence"), col("m.in_office"),
            col("m.role"));
  }

  /**
   * GDELT-style document tone per article. {@code language} is the article's ISO 639-1 code; only
   * English is analysed (other languages are rejected as unsupported_language), so it is "en".
   */
  public static Dataset<Row> articleTone(Dataset<Row> analysis) {
    return analysis.select(col("article_id"), col("story_id"), col("published_date"), col("source"), col("title"),
        lit("en").as("language"), col("tone"),
        col("positive_score"), col("negative_score"), col("polarity"),
        col("activity_reference_density"), col("self_group_reference_density"), col("word_count"), col("sentences"),
        size(col("mentions")).as("mentions"), col("unresolved_mentions"), col("name_vetoes"));
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
   * Every person named: leaders under their knowledge-base id (with country, role, in_office) and
   * the people the name tagger found under the slug of their full name (those three null).
   */
  public static Dataset<Row> personStats(Dataset<Row> mentions) {
    return mentions.filter(col("entity_type").isin(EntityType.PERSON.name(), EntityType.LEADER.name()))
        .groupBy(col("published_date").as("date"), col("entity_id").as("id"))
        .agg(first("entity_name").as("name"), dailyMeasures(first("country").as("country"), first("role").as("role"),
            first("in_office").as("in_office")));
  }

  /** Organisations a NER model found, with leader_stats' columns (country, role, in_office null). */
  public static Dataset<Row> orgStats(Dataset<Row> mentions) {
    return otherEntityStats(mentions, EntityType.ORG);
  }

  private static Dataset<Row> otherEntityStats(Dataset<Row> mentions, EntityType type) {
    return mentions.filter(col("entity_type").equalTo(type.name()))
        .groupBy(col("published_date").as("date"), col("entity_id").as("id"))
        .agg(first("entity_name").as("name"), dailyMeasures(lit(null).cast("string").as("country"),
            lit(null).cast("string").as("role"), lit(null).cast("boolean").as("in_office")));
  }

  /**
   * Per day, each unordered pair of countries named in the same article (a before b
   * alphabetically): how many articles name both, how many sentences name both, and the mean tone
   * of those sentences (null when they never share a sentence). Built from the mentions table: each
   * article's country mentions are gathered, paired ({@link CountryPairs}), then summed per day.
   */
  public static Dataset<Row> countryPairs(Dataset<Row> mentions) {
    StructType pairSchema = new StructType()
        .add("date", DataTypes.DateType).add("country_a", DataTypes.StringType).add("country_b", DataTypes.StringType)
        .add("name_a", DataTypes.StringType).add("name_b", DataTypes.StringType)
        .add("shared_sentences", DataTypes.IntegerType).add("tone_sum", DataTypes.DoubleType);
    Dataset<Row> countriesByArticle = mentions.filter(col("entity_type").equalTo(EntityType.COUNTRY.name()))
        .groupBy("article_id", "published_date")
        .agg(collect_list(struct("entity_id", "entity_name", "sentence_index", "sentence_tone")).as("countries"))
        .select("published_date", "countries");
    Dataset<Row> perArticle = countriesByArticle.flatMap((FlatMapFunction<Row, Row>) row -> {
      List<Row> named = row.getList(1);
      if (named.size() < 2) {
        return java.util.Collections.emptyIterator();
      }
      List<CountryPairs.CountryMention> countries = new ArrayList<>(named.size());
      for (Row m : named) {
        countries.add(new CountryPairs.CountryMention(m.getString(0), m.getString(1), m.getInt(2), m.getDouble(3)));
      }
      List<Row> out = new ArrayList<>();
      for (CountryPairs.Pair p : CountryPairs.of(countries)) {
        out.add(RowFactory.create(row.getDate(0), p.countryA(), p.countryB(), p.nameA(), p.nameB(),
            p.sharedSentences(), p.toneSum()));
      }
      return out.iterator();
    }, Encoders.row(pairSchema));
    return perArticle.groupBy("date", "country_a", "country_b")
        .agg(first("name_a").as("name_a"), first("name_b").as("name_b"), count(lit(1)).as("articles"),
            sum("shared_sentences").cast("long").as("shared_sentences"), sum("tone_sum").as("tone_sum"))
        .select(col("date"), col("country_a"), col("country_b"), col("name_a"), col("name_b"), col("articles"),
            col("shared_sentences"),
            when(col("shared_sentences").gt(0), col("tone_sum").divide(col("shared_sentences"))).as("tone_mean"));
  }

  /**
   * One row per story (syndicated copies joined, see {@link io.newsstats.stories.StoryDetection}):
   * its id (the earliest copy's), that copy's title, first and last publication date, copies, and
   * outlets (distinct sources). Every article is in exactly one story.
   */
  public static Dataset<Row> stories(Dataset<Row> articleTone) {
    return articleTone.groupBy("story_id")
        .agg(max(when(col("article_id").equalTo(col("story_id")), col("title"))).as("title"),
            min("published_date").as("first_published"), max("published_date").as("last_published"),
            count(lit(1)).as("copies"), size(collect_set("source")).cast("long").as("outlets"));
  }

  /**
   * The given leading columns, then articles, stories, mentions, and from the mention (clause) tone:
   * tone_mean, tone_stddev, positive/neutral/negative_mentions; then sources.
   */
  private static Column[] dailyMeasures(Column... leading) {
    return Stream.concat(Arrays.stream(leading), Stream.of(
        // Distinct sets rather than countDistinct: two countDistincts make Spark expand every row
        // three times and shuffle twice.
        size(collect_set("article_id")).cast("long").as("articles"),
        size(collect_set("story_id")).cast("long").as("stories"),
        count(lit(1)).as("mentions"),
        avg("mention_tone").as("tone_mean"),
        coalesce(stddev_samp("mention_tone"), lit(0.0)).as("tone_stddev"),
        sum(when(col("mention_label").equalTo("positive"), 1).otherwise(0)).cast("long").as("positive_mentions"),
        sum(when(col("mention_label").equalTo("neutral"), 1).otherwise(0)).cast("long").as("neutral_mentions"),
        sum(when(col("mention_label").equalTo("negative"), 1).otherwise(0)).cast("long").as("negative_mentions"),
        size(collect_set("source")).cast("long").as("sources"))).toArray(Column[]::new);
  }
}
