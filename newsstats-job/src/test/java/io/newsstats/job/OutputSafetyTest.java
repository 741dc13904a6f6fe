package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.input.BadRecords;
import io.newsstats.input.InputFormat;
import io.newsstats.input.InvalidInputException;
import io.newsstats.output.InvalidOutputException;
import io.newsstats.output.RunManifest;
import io.newsstats.testing.SharedSpark;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost, nothing half-written: accounting under hostile records, failed runs, reruns, bad files. */
class OutputSafetyTest {
  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path good;

  @BeforeAll
  static void setUp() throws Exception {
    spark = SharedSpark.get();
    good = temp.resolve("good.jsonl");
    Files.writeString(good, validLine("g-1", "Chile and Peru signed a trade deal.") + "\n"
        + validLine("g-2", "Norway welcomed Sweden's decision.") + "\n");
  }

  private static String validLine(String id, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"2024-06-19\",\"text\":\"" + text + "\"}";
  }

  private static JobOptions options(Path out, String... inputs) {
    return new JobOptions(List.of(inputs), out.toString(), InputFormat.AUTO, LocalDate.of(2024, 6, 20));
  }

  private static Set<String> entries(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Staging or previous directories an unfinished swap would leave beside the output. */
  private static List<String> leftovers(Path out) throws Exception {
    try (Stream<Path> files = Files.list(out.getParent())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + out.getFileName() + "."))
          .toList();
    }
  }

  @Test
  void everyHostileRecordIsAccountedForAndEveryValidOneAnalysed() throws Exception {
    List<BadRecords.Line> bad = BadRecords.generate(60);
    List<String> lines = new ArrayList<>();
    Set<String> validIds = new TreeSet<>();
    for (int i = 0; i < bad.size(); i++) {
      lines.add(bad.get(i).text());
      if (i % 50 == 0) {
        String id = "valid-" + i;
        validIds.add(id);
        lines.add(validLine(id, "Chile and Peru met in Lima, number " + i + "."));
        lines.add("   \t ");  // layout, not a record
      }
      if (i % 500 == 0) {
        lines.add(validLine("valid-" + i, "A later copy under the same id."));
      }
    }
    Path input = temp.resolve("hostile.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path out = temp.resolve("hostile-out");
    RunManifest run = NewsStatsJob.run(spark, options(out, input.toString()));

    long duplicates = lines.stream().filter(l -> l.contains("A later copy")).count();
    assertEquals(bad.size() + validIds.size() + duplicates, run.read());
    assertEquals(run.read(), run.accepted() + run.rejected() + run.duplicates());
    assertEquals(duplicates, run.duplicates());
    Map<String, Long> expected = new HashMap<>();
    bad.forEach(b -> expected.merge(b.reason().code(), 1L, Long::sum));
    assertEquals(expected, run.rejectedByReason());
    Set<String> analysed = spark.read().parquet(out.resolve("article_tone").toString()).select("article_id")
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(validIds, analysed);
    Set<String> rawRejected = spark.read().parquet(out.resolve("rejected").toString())
        .filter("reason != 'duplicate_id'").select("raw").collectAsList().stream().map(r -> r.getString(0))
        .collect(Collectors.toSet());
    assertEquals(bad.stream().map(BadRecords.Line::text).collect(Collectors.toSet()), rawRejected,
        "each bad line is in rejected, unchanged");
  }

  @Test
  void aRerunLeavesNoTableOfTheEarlierRun() throws Exception {
    Path out = temp.resolve("rerun");
    NewsStatsJob.run(spark, options(out, good.toString()));
    assertTrue(Files.isDirectory(out.resolve("person_stats")));
    RunManifest second = NewsStatsJob.run(spark, options(out, good.toString()).withNer("none"));
    Set<String> expected = new TreeSet<>(second.tableRows().keySet());
    expected.add("_manifest.json");
    assertEquals(expected, entries(out).stream().filter(n -> !n.startsWith(".")).collect(Collectors.toSet()));
    assertFalse(Files.exists(out.resolve("person_stats")));
    assertEquals(List.of(), leftovers(out));
  }

  @Test
  void aFailedRunLeavesThePreviousOutputWhole() throws Exception {
    Path out = temp.resolve("kept");
    RunManifest first = NewsStatsJob.run(spark, options(out, good.toString()));
    String manifest = Files.readString(out.resolve("_manifest.json"));
    Path truncated = temp.resolve("truncated.jsonl.gz");
    byte[] gz = gzip(validLine("z-1", "Chile and Peru.").repeat(200));
    Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));

    InvalidInputException failure = assertThrows(InvalidInputException.class,
        () -> NewsStatsJob.run(spark, options(out, good.toString(), truncated.toString())));
    assertTrue(failure.getMessage().contains("truncated.jsonl.gz is unreadable: truncated"), failure.getMessage());
    assertEquals(manifest, Files.readString(out.resolve("_manifest.json")));
    assertEquals(first.tableRows().get("mentions"), spark.read().parquet(out.resolve("mentions").toString()).count());
    assertEquals(List.of(), leftovers(out));
  }

  @Test
  void unreadableFilesCanBeQuarantinedByName() throws Exception {
    Path dir = temp.resolve("mixed");
    Files.createDirectories(dir);
    Files.write(dir.resolve("a.jsonl.gz"), gzip(validLine("a-1", "Chile and Peru signed a deal.") + "\n"));
    Files.writeString(dir.resolve("b.jsonl.gz"), "this was never gzip\n");
    Path out = temp.resolve("quarantine");
    RunManifest run = NewsStatsJob.run(spark, options(out, dir.toString()).quarantiningBadFiles());
    assertEquals(1, run.read());
    assertEquals(1, run.quarantinedFiles().size());
    assertTrue(run.quarantinedFiles().get(0).get("path").toString().endsWith("b.jsonl.gz"));
    assertTrue(Files.readString(out.resolve("_manifest.json")).contains("\"quarantined_files\""));
  }

  @Test
  void aFolderThatIsNoNewsstatsOutputIsNeverReplaced() throws Exception {
    Path notOurs = temp.resolve("documents");
    Files.createDirectories(notOurs);
    Files.writeString(notOurs.resolve("thesis.txt"), "precious");
    assertThrows(InvalidOutputException.class, () -> NewsStatsJob.prepare(options(notOurs, good.toString()),
        spark.sparkContext().hadoopConfiguration()));
    assertEquals(Set.of("thesis.txt"), entries(notOurs));
    assertThrows(InvalidOutputException.class, () -> NewsStatsJob.prepare(options(temp, good.toString()),
        spark.sparkContext().hadoopConfiguration()), "output holding an input");
  }

  @Test
  void anOutputMovedAsideByAKilledSwapIsRestored() throws Exception {
    Path out = temp.resolve("swap");
    NewsStatsJob.run(spark, options(out, good.toString()));
    String manifest = Files.readString(out.resolve("_manifest.json"));
    // What a kill between the swap's two renames leaves: the old output aside, a staging folder, no output.
    Files.move(out, temp.resolve(".swap.previous-killed"));
    Files.createDirectories(temp.resolve(".swap.staging-killed").resolve("mentions"));
    NewsStatsJob.Prepared prepared = NewsStatsJob.prepare(options(out, good.toString()),
        spark.sparkContext().hadoopConfiguration());
    assertEquals(manifest, Files.readString(out.resolve("_manifest.json")), "the previous output is back");
    prepared.output().discard();
    assertEquals(List.of(), leftovers(out));
  }

  private static byte[] gzip(String text) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
