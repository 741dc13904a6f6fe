package io.newsstats.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.testing.CommandLineRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools' commands sit beside the job's on one command line, with the job's one-line errors. */
class ToolsCliTest {
  @TempDir
  Path dir;

  private static CommandLineRun run(String... args) {
    return CommandLineRun.of(ToolsCli::run, args);
  }

  @Test
  void helpListsTheJobsOptionsAndEveryTool() {
    CommandLineRun outcome = run("--help");
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
    run("evaluate-sentiment").assertOneLineError("needs --newsmtsc FILE and/or --nyt FILE");
    run("evaluate-sentiment", "--nyt", dir.resolve("none.txt").toString())
        .assertOneLineError("evaluation file not found");
  }

  @Test
  void aJobMistakeIsStillOneLine() {
    run("--output", dir.toString()).assertOneLineError("--input");
  }
}
