package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InputFormat;
import io.newsstats.testing.SharedSpark;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's own JVM killed (SIGKILL) while it analyses, while it writes its tables, and as it
 * swaps them in: the output folder must afterwards hold a finished output, the previous one or
 * the new one, never a mix (after the next run's start-up repair, for a kill between the swap's
 * two renames).
 */
class KilledRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path bigInput;
  private static Path smallInput;
  private static long bigRecords;

  @BeforeAll
  static void corpora() throws Exception {
    spark = SharedSpark.get();
    List<String> sample = Files.readAllLines(Path.of("data/sample/articles.jsonl"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (int copy = 0; copy < 8; copy++) {
      for (String line : sample) {
        JsonNode record;
        try {
          record = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
          record = null;  // the sample's own bad records, kept once
        }
        if (record instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.hasNonNull("id")) {
          object.put("id", object.get("id").asText() + "-" + copy);
          lines.add(JSON.writeValueAsString(object));
        } else if (copy == 0) {
          lines.add(line);
        }
      }
    }
    bigRecords = lines.stream().filter(l -> !l.isBlank()).count();
    bigInput = temp.resolve("big.jsonl");
    Files.write(bigInput, lines, StandardCharsets.UTF_8);
    smallInput = temp.resolve("small.jsonl");
    Files.write(smallInput, sample.subList(0, 5), StandardCharsets.UTF_8);
  }

  @Test
  void killedWhileAnalysing() throws Exception {
    killAt("analysing", "during", staging -> Files.isDirectory(staging), 1500);
  }

  @Test
  void killedWhileWritingTables() throws Exception {
    killAt("writing", "writes", staging -> Files.isDirectory(staging.resolve("mentions")), 0);
  }

  @Test
  void killedWhileSwappingIn() throws Exception {
    killAt("swapping", "swap", staging -> Files.exists(staging.resolve("_manifest.json")), 0);
  }

  private void killAt(String name, String what, Predicate<Path> moment, long extraMillis) throws Exception {
    Path out = temp.resolve(name);
    NewsStatsJob.run(spark, new JobOptions(List.of(smallInput.toString()), out.toString(), InputFormat.JSONL,
        LocalDate.of(2024, 6, 20)));
    String previous = Files.readString(out.resolve("_manifest.json"));

    Process job = startJob(out);
    boolean killed = false;
    long deadline = System.currentTimeMillis() + 180_000;
    while (job.isAlive() && System.currentTimeMillis() < deadline) {
      Path staging = staging(out);
      if (staging != null && moment.test(staging)) {
        Thread.sleep(extraMillis);
        job.destroyForcibly().waitFor();
        killed = true;
        break;
      }
      Thread.sleep(5);
    }
    job.destroyForcibly().waitFor();
    assertTrue(killed || job.exitValue() == 0, "killed " + what + " (or finished first)");

    if (!Files.exists(out)) {
      // Killed between the swap's two renames: the next run's start-up repair puts the previous output back.
      NewsStatsJob.prepare(new JobOptions(List.of(smallInput.toString()), out.toString(), InputFormat.JSONL,
          LocalDate.of(2024, 6, 20)), spark.sparkContext().hadoopConfiguration()).output().discard();
    }
    String manifest = Files.readString(out.resolve("_manifest.json"));
    JsonNode tables = JSON.readTree(manifest).get("tables");
    long read = JSON.readTree(manifest).get("records").get("read").asLong();
    assertTrue(manifest.equals(previous) || read == bigRecords, "the previous output or the finished new one");
    tables.fields().forEachRemaining(table -> assertEquals(table.getValue().asLong(),
        spark.read().parquet(out.resolve(table.getKey()).toString()).count(), table.getKey() + " is whole"));
    try (Stream<Path> files = Files.list(out)) {
      // Hadoop's hidden checksum files (".NAME.crc") aside, the folder holds exactly what the manifest lists.
      List<String> visible = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
          .sorted().collect(Collectors.toList());
      assertEquals(tables.size() + 1, visible.size(), "only the manifest's tables and the manifest: " + visible);
    }
  }

  private static Path staging(Path out) throws Exception {
    try (Stream<Path> files = Files.list(out.getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".staging-"))
          .findFirst().orElse(null);
    }
  }

  private static Process startJob(Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("-Djdk.reflect")) {
        command.add(flag);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("io.newsstats.cli.NewsStatsCli");
    command.addAll(List.of("--input", bigInput.toString(), "--output", out.toString(), "--master", "local[2]"));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(temp.resolve(out.getFileName() + ".log").toFile()).start();
  }
}
