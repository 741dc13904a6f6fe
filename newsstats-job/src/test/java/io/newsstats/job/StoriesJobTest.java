package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstats.input.InputFormat;
import io.newsstats.output.RunManifest;
import io.newsstats.stories.StoryOptions;
import io.newsstats.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syndicated copies through the whole job: the sample corpus plus edited reprints of two of its
 * articles (a dateline, a dropped paragraph, a reworded verb, another outlet, a day later).
 */
class StoriesJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path all;
  private static Path first;
  private static RunManifest manifest;
  private static RunManifest firstManifest;

  @BeforeAll
  static void run() throws Exception {
    spark = SharedSpark.get();
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("data/sample/articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
        continue;
      }
      if (!(record instanceof ObjectNode original) || !original.path("text").isTextual()
          || !original.path("published").isTextual()) {
        continue;
      }
      lines.add(JSON.writeValueAsString(original));
      String id = original.path("id").asText();
      if (id.equals("gen-0000000") || id.equals("gen-0000001")) {
        String text = original.get("text").asText();
        for (int copy = 1; copy <= 2; copy++) {
          ObjectNode reprint = original.deepCopy();
          reprint.put("id", id + "-copy" + copy);
          reprint.put("source", "Reprint Outlet " + copy);
          reprint.put("published", LocalDate.parse(original.get("published").asText().substring(0, 10))
              .plusDays(copy).toString());
          String body = copy == 1 ? "LONDON (Reprint Outlet 1) - " + text
              : text.substring(0, text.lastIndexOf("\n\n")).replaceFirst(" said ", " stated ");
          reprint.put("text", body);
          lines.add(JSON.writeValueAsString(reprint));
        }
      }
    }
    Path input = Files.write(temp.resolve("with-copies.jsonl"), lines, StandardCharsets.UTF_8);
    all = temp.resolve("all");
    first = temp.resolve("first");
    JobOptions options = new JobOptions(List.of(input.toString()), all.toString(), InputFormat.JSONL,
        LocalDate.of(2024, 6, 20)).withNer("none");
    manifest = NewsStatsJob.run(spark, options);
    firstManifest = NewsStatsJob.run(spark, new JobOptions(List.of(input.toString()), first.toString(),
        InputFormat.JSONL, LocalDate.of(2024, 6, 20)).withNer("none").withStories(
            new StoryOptions(StoryOptions.DEFAULT.detection(), true)));
  }

  private static Dataset<Row> table(Path out, String name) {
    return spark.read().parquet(out.resolve(name).toString());
  }

  @Test
  void everyCopyCarriesTheStoryIdOfItsEarliestCopy() {
    Map<String, String> storyOf = table(all, "article_tone").select("article_id", "story_id").collectAsList()
        .stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("gen-0000000", storyOf.get("gen-0000000-copy1"));
    assertEquals("gen-0000000", storyOf.get("gen-0000000-copy2"));
    assertEquals("gen-0000001", storyOf.get("gen-0000001-copy2"));
    long ownStory = storyOf.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count();
    assertEquals(storyOf.size() - 4, ownStory, "no other article joined to a story");
    assertTrue(table(all, "mentions").filter("article_id = 'gen-0000000-copy2' and story_id = 'gen-0000000'")
        .count() > 0);
  }

  @Test
  void theStoriesTableHasEveryArticleInExactlyOneStory() {
    Row story = table(all, "stories").filter("story_id = 'gen-0000000'").first();
    assertEquals(3L, story.<Long>getAs("copies"));
    assertEquals(3L, story.<Long>getAs("outlets"));
    assertEquals(java.sql.Date.valueOf("2024-11-27"), story.getAs("first_published"));
    assertEquals(java.sql.Date.valueOf("2024-11-29"), story.getAs("last_published"));
    long articles = table(all, "article_tone").count();
    assertEquals(articles, table(all, "stories").agg(org.apache.spark.sql.functions.sum("copies")).first().getLong(0));
    assertEquals(articles - 4, (long) manifest.stories().get("stories"));
    assertEquals(6L, manifest.stories().get("articles_with_copies"));
  }

  @Test
  void dailyTablesCountStoriesBesideArticlesAndFirstCopiesOnlyWhenAsked() {
    Dataset<Row> countries = table(all, "country_stats");
    assertEquals(0, countries.filter("stories > articles").count());
    long allMentions = countries.agg(org.apache.spark.sql.functions.sum("mentions")).first().getLong(0);
    long firstMentions = table(first, "country_stats").agg(org.apache.spark.sql.functions.sum("mentions"))
        .first().getLong(0);
    long copyMentions = table(all, "mentions").filter("entity_type = 'COUNTRY' and article_id != story_id").count();
    assertTrue(copyMentions > 0);
    assertEquals(allMentions - copyMentions, firstMentions);
    assertEquals(0, table(first, "country_stats").filter("stories != articles").count());
    assertEquals("first", firstManifest.stories().get("copies_counted"));
    assertEquals(table(all, "mentions").count(), table(first, "mentions").count(), "mentions keeps every copy");
  }
}
