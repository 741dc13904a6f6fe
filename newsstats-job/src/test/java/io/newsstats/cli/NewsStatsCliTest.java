package io.newsstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.testing.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes end with exit code 2 and exactly one line on stderr, before Spark starts. */
class NewsStatsCliTest {
  @TempDir
  Path dir;

  private static CommandLineRun run(String... args) {
    return CommandLineRun.of(NewsStatsCli::run, args);
  }

  private static void assertOneLineError(CommandLineRun outcome, String expected) {
    outcome.assertOneLineError(expected);
  }

  @Test
  void exitsThroughTheJvmExceptInsideAYarnApplicationMaster() {
    java.util.Properties yarnCluster = new java.util.Properties();
    yarnCluster.setProperty("spark.master", "yarn");
    yarnCluster.setProperty("spark.submit.deployMode", "cluster");
    assertTrue(NewsStatsCli.driverInsideYarnApplicationMaster(yarnCluster));
    java.util.Properties yarnClient = new java.util.Properties();
    yarnClient.setProperty("spark.master", "yarn");
    yarnClient.setProperty("spark.submit.deployMode", "client");
    assertEquals(false, NewsStatsCli.driverInsideYarnApplicationMaster(yarnClient));
    java.util.Properties standaloneCluster = new java.util.Properties();
    standaloneCluster.setProperty("spark.master", "spark://127.0.0.1:7077");
    standaloneCluster.setProperty("spark.submit.deployMode", "cluster");
    assertEquals(false, NewsStatsCli.driverInsideYarnApplicationMaster(standaloneCluster));
  }

  @Test
  void unknownOption() {
    assertOneLineError(run("--input", "x", "--output", "y", "--frobnicate"), "Unknown option: '--frobnicate'");
  }

  @Test
  void aBadDateOrLanguageIsOneSentenceWithoutJavasInternals() {
    CommandLineRun date = run("--input", "x", "--output", "y", "--default-date", "2024-13-45");
    assertOneLineError(date, "'2024-13-45' is not a date of the form YYYY-MM-DD");
    org.junit.jupiter.api.Assertions.assertFalse(date.stderr().contains("java."), date.stderr());
    assertOneLineError(run("--input", "x", "--output", "y", "--language", "fr"), "--language fr: expected detect or en");
  }

  @Test
  void missingRequiredOption() {
    assertOneLineError(run("--input", "x"), "Missing required option: '--output=DIR'");
  }

  @Test
  void missingInputPath() {
    Path missing = dir.resolve("missing.jsonl");
    assertOneLineError(run("--input", missing.toString(), "--output", dir.resolve("out").toString()),
        "input path not found: " + missing);
  }

  @Test
  void unwritableOutput() throws Exception {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertOneLineError(run("--input", input.toString(), "--output", file.toString()), "is a file, not a directory");
    assertOneLineError(run("--input", input.toString(), "--output", file.resolve("below").toString()),
        "cannot write to output");
  }

  @Test
  void badSparkSettingsToneModelPolicyAndOverlappingOutput() throws Exception {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    String out = dir.resolve("out").toString();
    assertOneLineError(run("--input", input.toString(), "--output", out, "--master", "foo://bar"), "--master foo://bar");
    assertOneLineError(run("--input", input.toString(), "--output", out, "--conf", "spark.sql.shuffle.partitions=abc"),
        "spark.sql.shuffle.partitions");
    Path notAModel = Files.writeString(dir.resolve("model.tsv.gz"), "not a model");
    assertOneLineError(run("--input", input.toString(), "--output", out, "--tone-model", notAModel.toString()),
        "--tone-model " + notAModel);
    Path model = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-model"));
    Path notAnEncoder = Files.writeString(model.resolve("tone.onnx"), "not a model");
    assertOneLineError(run("--input", input.toString(), "--output", out, "--tone-model", notAnEncoder.toString()),
        "--tone-model " + notAnEncoder + ": no such file " + model.resolve("tone.json"));
    Files.writeString(model.resolve("tone.json"), "{\"max_tokens\": 96}");
    Files.writeString(model.resolve("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n<\n>\n");
    assertOneLineError(run("--input", input.toString(), "--output", out, "--tone-model", notAnEncoder.toString()),
        "--tone-model " + notAnEncoder + ": not a tone encoder written by jobs/train-tone-encoder");
    for (String name : new String[] {"tone.onnx", "tone.json", "vocab.txt"}) {
      Files.delete(model.resolve(name));
    }
    Files.delete(model);
    assertOneLineError(run("--input", input.toString(), "--output", out, "--bad-files", "ignore"),
        "--bad-files ignore: expected fail or quarantine");
    assertOneLineError(run("--input", dir.toString(), "--output", dir.toString()), "overlaps --input");
    assertOneLineError(run("--input", dir.toString(), "--output", dir.resolve("inside").toString()), "overlaps --input");
  }

  @Test
  void badFormatAndDate() throws Exception {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    assertOneLineError(run("--input", input.toString(), "--output", dir.toString(), "--format", "xml"),
        "--format must be one of auto, jsonl, parquet, text");
    assertOneLineError(run("--input", input.toString(), "--output", dir.toString(), "--default-date", "June"),
        "--default-date");
  }

  /** Every option's description renders: a stray '%' makes picocli print warnings instead. */
  @Test
  void helpExitsZeroAndRendersEveryDescription() {
    CommandLineRun outcome = run("--help");
    assertEquals(0, outcome.code());
    assertEquals("", outcome.stderr());
    assertTrue(outcome.stdout().contains("--default-date"));
    assertTrue(outcome.stdout().contains("7-21%"), outcome.stdout());
  }

  /** The cluster jar's command line has the job and kb-check only: the evaluations and trainings are tools. */
  @Test
  void toolsAreNotPartOfTheJobsCommandLine() {
    CommandLineRun outcome = run("evaluate-sentiment");
    assertEquals(2, outcome.code());
    assertTrue(outcome.stderr().contains("Unmatched argument"), outcome.stderr());
  }

  @Test
  void localMastersNameTheirCores() {
    assertEquals(1, io.newsstats.job.SparkDefaults.localCores("local"));
    assertEquals(3, io.newsstats.job.SparkDefaults.localCores("local[3]"));
    assertEquals(2, io.newsstats.job.SparkDefaults.localCores("local[2,4]"));
    assertEquals(Runtime.getRuntime().availableProcessors(), io.newsstats.job.SparkDefaults.localCores("local[*]"));
  }

  @Test
  void localInputSplitsAreAtLeast32MegabytesAndAtMostFourPerCore() {
    assertEquals(1, io.newsstats.job.SparkDefaults.localSplits(48L << 20, 1));
    assertEquals(2, io.newsstats.job.SparkDefaults.localSplits(48L << 20, 2));
    assertEquals(8, io.newsstats.job.SparkDefaults.localSplits(474L << 20, 2));
    assertEquals(4, io.newsstats.job.SparkDefaults.localSplits(474L << 20, 1));
    assertEquals(2, io.newsstats.job.SparkDefaults.localSplits(0, 2));
  }
}
