package io.newsstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/** Runs a command line in this JVM and keeps what it printed; for the job's and the tools' CLI tests. */
public record CommandLineRun(int code, String stdout, String stderr) {
  /** @param cli the command line's run method: its exit status for the arguments */
  public static CommandLineRun of(ToIntFunction<String[]> cli, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code = cli.applyAsInt(args);
      return new CommandLineRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** A user's mistake: exit code 2 and exactly one line on stderr, "news-stats: ..." naming it. */
  public void assertOneLineError(String expected) {
    assertEquals(2, code);
    assertEquals(1, stderr.lines().count(), "one line, was: " + stderr);
    assertTrue(stderr.startsWith("news-stats: "), stderr);
    assertTrue(stderr.contains(expected), stderr);
  }
}
