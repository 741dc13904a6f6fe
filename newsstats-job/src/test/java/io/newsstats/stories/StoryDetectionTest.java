package io.newsstats.stories;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.testing.SharedSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two ways of comparing signatures (on the driver for a small window, in Spark tasks for a
 * large one) find the same candidates, copies and stories, in a single run and against an earlier
 * run's signatures. Articles: the sample corpus's bodies (one per id, as the job gives them), with
 * edited reprints of every fifth one on the following days.
 */
class StoryDetectionTest {
  private static final StructType ARTICLES = new StructType().add("id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("text", DataTypes.StringType);

  private static SparkSession spark;
  private static Dataset<Row> articles;

  @BeforeAll
  static void corpus() {
    spark = SharedSpark.get();
    List<Row> bodies = spark.read().json("data/sample/articles.jsonl")
        .filter(col("text").isNotNull().and(col("id").isNotNull())).select("id", "text")
        .dropDuplicates("id").sort("id").collectAsList();
    List<Row> rows = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 6, 1);
    for (int i = 0; i < bodies.size(); i++) {
      String id = bodies.get(i).getString(0);
      String text = bodies.get(i).getString(1);
      LocalDate day = start.plusDays(i % 12);
      rows.add(RowFactory.create(id, Date.valueOf(day), text));
      if (i % 5 == 0) {
        rows.add(RowFactory.create(id + "-dateline", Date.valueOf(day.plusDays(1)), "PARIS (Wire) - " + text));
        String trimmed = text.contains("\n\n") ? text.substring(0, text.lastIndexOf("\n\n")) : text;
        rows.add(RowFactory.create(id + "-trimmed", Date.valueOf(day.plusDays(2)), trimmed.replace(" said ", " stated ")));
      }
    }
    articles = spark.createDataFrame(rows, ARTICLES).cache();
  }

  @Test
  void bothWaysFindTheSameStoriesInOneRun() {
    StoryDetection.Result local = StoryDetection.detect(spark, articles, StoryDetection.Settings.DEFAULT, null,
        StoryDetection.LOCAL_SIGNATURES);
    StoryDetection.Result inSpark = StoryDetection.detect(spark, articles, StoryDetection.Settings.DEFAULT, null, 0);
    assertTrue(local.copyPairs() > 0, "the reprints are found");
    assertSame(local, inSpark);
  }

  @Test
  void bothWaysFindTheSameStoriesAgainstAnEarlierRun() {
    Date cut = Date.valueOf(LocalDate.of(2024, 6, 8));
    Dataset<Row> before = articles.filter(col("published_date").lt(cut));
    Dataset<Row> after = articles.filter(col("published_date").geq(cut));
    StoryDetection.Result first = StoryDetection.detect(spark, before, StoryDetection.Settings.DEFAULT);
    Dataset<Row> earlier = spark.createDataFrame(first.signatures().collectAsList(), StoryDetection.SIGNATURE_TABLE);
    first.release().run();
    StoryDetection.Result local = StoryDetection.detect(spark, after, StoryDetection.Settings.DEFAULT, earlier,
        StoryDetection.LOCAL_SIGNATURES);
    StoryDetection.Result inSpark = StoryDetection.detect(spark, after, StoryDetection.Settings.DEFAULT, earlier, 0);
    List<String> earlierIds = before.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(storyIds(local).values().stream().anyMatch(story -> earlierIds.contains(story.split(" ")[0])),
        "a reprint of an earlier article joins that article's story");
    assertSame(local, inSpark);
  }

  private static void assertSame(StoryDetection.Result local, StoryDetection.Result inSpark) {
    assertEquals(storyIds(inSpark), storyIds(local));
    assertEquals(inSpark.comparisons(), local.comparisons());
    assertEquals(inSpark.copyPairs(), local.copyPairs());
    assertEquals(inSpark.stories(), local.stories());
    String[] kept = {"article_id", "published_date", "story_id", "story_date"};
    assertEquals(inSpark.signatures().select(kept[0], kept[1], kept[2], kept[3]).sort("article_id").collectAsList(),
        local.signatures().select(kept[0], kept[1], kept[2], kept[3]).sort("article_id").collectAsList());
    local.release().run();
    inSpark.release().run();
  }

  private static Map<String, String> storyIds(StoryDetection.Result result) {
    Map<String, String> ids = new TreeMap<>();
    for (Row row : result.storyIds().collectAsList()) {
      ids.put(row.getString(0), row.getString(1) + " " + row.getDate(2));
    }
    return ids;
  }
}
