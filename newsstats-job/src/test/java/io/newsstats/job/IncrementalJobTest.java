package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstats.input.InputFormat;
import io.newsstats.input.InvalidInputException;
import io.newsstats.output.RunManifest;
import io.newsstats.stories.StoryOptions;
import io.newsstats.testing.SharedSpark;
import io.newsstats.testing.TableComparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day 1, then day 2 added with --incremental, equals one run over days 1 and 2, table for table.
 * The sample corpus is cut in two; day 2 also holds reprints of day-1 articles (so stories span
 * the runs), a record repeating a day-1 id and one repeating a day-2 id, and months already
 * written by day 1 (so month partitions are rewritten).
 */
class IncrementalJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path corpus;
  private static Path full;
  private static Path incremental;
  private static RunManifest fullManifest;
  private static RunManifest addedManifest;

  @BeforeAll
  static void run() throws Exception {
    spark = SharedSpark.get();
    List<String> lines = Files.readAllLines(Path.of("data/sample/articles.jsonl"), StandardCharsets.UTF_8);
    List<String> day1 = new ArrayList<>(lines.subList(0, 80));
    List<String> day2 = new ArrayList<>(lines.subList(80, lines.size()));
    int reprints = 0;
    for (String line : day1) {
      JsonNode record = parse(line);
      if (record instanceof ObjectNode original && original.path("text").isTextual()
          && original.path("published").asText("").matches("\\d{4}-\\d{2}-\\d{2}.*") && reprints < 3) {
        ObjectNode reprint = original.deepCopy();
        reprint.put("id", original.path("id").asText() + "-reprint");
        reprint.put("source", "Reprint Outlet");
        reprint.put("published", LocalDate.parse(original.get("published").asText().substring(0, 10)).plusDays(1)
            .toString());
        reprint.put("text", "WIRE - " + original.get("text").asText());
        day2.add(JSON.writeValueAsString(reprint));
        if (reprints == 0) {
          day2.add(line);  // a day-1 id again: a duplicate across runs
        }
        reprints++;
      }
    }
    day2.add(day2.get(0));  // a day-2 record twice: a duplicate within the run
    corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.write(corpus.resolve("day1.jsonl"), day1, StandardCharsets.UTF_8);
    Path day1Only = Files.createDirectories(temp.resolve("first-day"));
    Files.write(day1Only.resolve("day1.jsonl"), day1, StandardCharsets.UTF_8);

    incremental = temp.resolve("incremental");
    NewsStatsJob.run(spark, options(incremental, corpus).incrementally());  // day 1 alone: a first, full run
    Files.write(corpus.resolve("day2.jsonl"), day2, StandardCharsets.UTF_8);
    addedManifest = NewsStatsJob.run(spark, options(incremental, corpus).incrementally());

    full = temp.resolve("full");
    fullManifest = NewsStatsJob.run(spark, options(full, corpus));
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      return null;
    }
  }

  private static JobOptions options(Path out, Path input) {
    return new JobOptions(List.of(input.toString()), out.toString(), InputFormat.JSONL, LocalDate.of(2024, 6, 20))
        .withNer("bundled");
  }

  @Test
  void day1ThenDay2EqualsOneRunOverBothTableForTable() throws Exception {
    assertEquals(List.of(), TableComparison.differences(spark, full, incremental));
    assertEquals(fullManifest.tableRows(), addedManifest.tableRows());
    assertTrue(TableComparison.tables(full).containsAll(List.of("mentions", "article_tone", "rejected", "stories",
        "story_signatures", "country_stats", "leader_stats", "country_pairs", "person_stats", "org_stats")));
  }

  @Test
  void theManifestAccountsForEveryRecordOfBothRuns() {
    assertEquals(fullManifest.read(), addedManifest.read());
    assertEquals(fullManifest.accepted(), addedManifest.accepted());
    assertEquals(fullManifest.rejectedByReason(), addedManifest.rejectedByReason());
    assertEquals(fullManifest.duplicates(), addedManifest.duplicates());
    // Carried from the earlier manifest and added to, not read again from the whole output.
    assertTrue(fullManifest.unresolvedMentions() > 0);
    assertEquals(fullManifest.unresolvedMentions(), addedManifest.unresolvedMentions());
    assertEquals(fullManifest.nameVetoes(), addedManifest.nameVetoes());
    // the two repeats made for day 2 (the sample holds a repeated id of its own as well)
    assertTrue(((Number) ((java.util.Map<?, ?>) addedManifest.thisRun().get("records")).get("duplicates")).longValue()
        >= 2);
    assertEquals(addedManifest.read(), addedManifest.accepted() + addedManifest.rejected() + addedManifest.duplicates());
    assertEquals(2, addedManifest.runs().size());
    assertEquals("incremental", addedManifest.thisRun().get("mode"));
    assertEquals(1, addedManifest.thisRun().get("files_read"));
    assertEquals(1, ((List<?>) addedManifest.thisRun().get("files_skipped")).size());
    assertEquals(2, addedManifest.inputFiles().size());
    assertTrue(((List<?>) addedManifest.thisRun().get("months_rewritten")).size() > 1);
    // the reprints joined day 1's stories, under day 1's ids
    assertEquals(fullManifest.stories().get("articles_with_copies"), addedManifest.stories().get("articles_with_copies"));
    assertTrue(((Number) addedManifest.stories().get("stories_with_copies")).longValue() >= 3);
  }

  @Test
  void addingTheSameFilesAgainChangesNothingAndSaysSo() throws Exception {
    byte[] before = Files.readAllBytes(incremental.resolve("_manifest.json"));
    NothingNewException nothing = assertThrows(NothingNewException.class,
        () -> NewsStatsJob.run(spark, options(incremental, corpus).incrementally()));
    assertTrue(nothing.getMessage().startsWith("nothing new: all 2 input files were read"), nothing.getMessage());
    assertEquals(new String(before, StandardCharsets.UTF_8),
        Files.readString(incremental.resolve("_manifest.json")));
    // a copy of a processed file under a new name is the same content
    Path renamed = Files.createDirectories(temp.resolve("renamed"));
    Files.copy(corpus.resolve("day1.jsonl"), renamed.resolve("monday.jsonl"));
    assertThrows(NothingNewException.class,
        () -> NewsStatsJob.run(spark, options(incremental, renamed).incrementally()));
    assertEquals(List.of(), TableComparison.differences(spark, full, incremental));
  }

  @Test
  void aProcessedFileThatChangedOrOtherSettingsAreRefusedInOneLine() throws Exception {
    Path changing = Files.createDirectories(temp.resolve("changing"));
    Path out = temp.resolve("changing-out");
    Files.writeString(changing.resolve("a.jsonl"), "{\"id\":\"c-1\",\"published\":\"2024-06-19\",\"text\":\"Chile and"
        + " Peru signed a trade deal.\"}\n");
    NewsStatsJob.run(spark, options(out, changing).incrementally());
    Files.writeString(changing.resolve("a.jsonl"), "{\"id\":\"c-2\",\"published\":\"2024-06-19\",\"text\":\"Norway"
        + " welcomed the decision.\"}\n", java.nio.file.StandardOpenOption.APPEND);
    InvalidInputException changed = assertThrows(InvalidInputException.class,
        () -> NewsStatsJob.run(spark, options(out, changing).incrementally()));
    assertTrue(changed.getMessage().contains("a.jsonl has changed since an earlier run processed it"),
        changed.getMessage());
    InvalidInputException settings = assertThrows(InvalidInputException.class,
        () -> NewsStatsJob.run(spark, options(out, changing).withStories(StoryOptions.OFF).incrementally()));
    assertTrue(settings.getMessage().contains("was made with stories minhash, this run has off"),
        settings.getMessage());
    assertTrue(settings.getMessage().lines().count() == 1);
  }
}
