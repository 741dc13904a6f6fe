package io.newsstats.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools' commands sit beside the job's on one command line, with the job's one-line errors. */
class ToolsCliTest {
  @TempDir
  Path dir;

  private record Outcome(int code, String stdout, String stderr) {}

  private static Outcome run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code = ToolsCli.run(args);
      return new Outcome(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static void assertOneLineError(Outcome outcome, String expected) {
    assertEquals(2, outcome.code());
    assertEquals(1, outcome.stderr().lines().count(), "one line, was: " + outcome.stderr());
    assertTrue(outcome.stderr().startsWith("news-stats: "), outcome.stderr());
    assertTrue(outcome.stderr().contains(expected), outcome.stderr());
  }

  @Test
  void helpListsTheJobsOptionsAndEveryTool() {
    Outcome outcome = run("--help");
    assertEquals(0, outcome.code());
    assertEquals("", outcome.stderr());
    for (String command : new String[] {"kb-check", "evaluate-sentiment", "evaluate-countries", "evaluate-linking",
        "evaluate-ner", "evaluate-stories", "evaluate-languages", "train-sentiment", "train-ner", "train-name-tagger"}) {
      assertTrue(outcome.stdout().contains(command), command + " missing from: " + outcome.stdout());
    }
    assertTrue(outcome.stdout().contains("--input"));
  }

  @Test
  void evaluateSentimentNeedsAnExistingFile() {
    assertOneLineError(run("evaluate-sentiment"), "needs --newsmtsc FILE and/or --nyt FILE");
    assertOneLineError(run("evaluate-sentiment", "--nyt", dir.resolve("none.txt").toString()),
        "evaluation file not found");
  }

  @Test
  void aJobMistakeIsStillOneLine() {
    assertOneLineError(run("--output", dir.toString()), "--input");
  }
}
