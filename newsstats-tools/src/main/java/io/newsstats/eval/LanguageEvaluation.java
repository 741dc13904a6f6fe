package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.ParseResult;
import io.newsstats.input.RecordParser;
import io.newsstats.input.RejectReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores language identification as the job applies it (each record through {@link RecordParser},
 * as read): of the records labelled English ({@code expected_language} "en"), how many are
 * analysed; of the others, how many are rejected as {@code unsupported_language}, and with the
 * right ISO 639-1 code.
 */
public final class LanguageEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private int english;
  private int englishKept;
  private int others;
  private int othersRejected;
  private int codeRight;
  private int uncertain;
  private long nanos;
  private final List<String> errors = new ArrayList<>();
  private final Map<String, int[]> byLanguage = new TreeMap<>();

  /** One JSON Lines record with {@code expected_language}. */
  public void add(String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    String expected = node.path("expected_language").asText();
    String id = node.path("id").asText("?");
    long started = System.nanoTime();
    ParseResult result = RecordParser.parseJsonLine(line);
    nanos += System.nanoTime() - started;
    int[] counts = byLanguage.computeIfAbsent(expected, k -> new int[2]);
    counts[1]++;
    boolean accepted = result instanceof ParseResult.Accepted;
    String got = accepted ? "en" : ((ParseResult.Rejected) result).language();
    if (accepted && ((ParseResult.Accepted) result).article().languageUncertain()) {
      uncertain++;
    }
    if (expected.equals("en")) {
      english++;
      if (accepted) {
        englishKept++;
        counts[0]++;
      } else {
        errors.add(id + ": English rejected: " + ((ParseResult.Rejected) result).detail());
      }
      return;
    }
    others++;
    boolean rejected = !accepted && ((ParseResult.Rejected) result).reason() == RejectReason.UNSUPPORTED_LANGUAGE;
    if (rejected) {
      othersRejected++;
    }
    if (rejected && expected.equals(got)) {
      codeRight++;
      counts[0]++;
    } else {
      errors.add(id + ": " + expected + " " + (accepted ? "analysed as English" : "rejected as " + got));
    }
  }

  public List<String> report() {
    List<String> lines = new ArrayList<>(errors);
    byLanguage.forEach((lang, c) -> lines.add(String.format(java.util.Locale.ROOT, "  %s %d/%d %s", lang, c[0], c[1],
        lang.equals("en") ? "analysed" : "rejected with this code")));
    lines.add(String.format(java.util.Locale.ROOT,
        "english analysed %d/%d (%.3f); others rejected %d/%d (%.3f), code right %d/%d (%.3f); uncertain %d;"
            + " %.3f ms per record (parsing included)",
        englishKept, english, ratio(englishKept, english), othersRejected, others, ratio(othersRejected, others),
        codeRight, others, ratio(codeRight, others), uncertain, nanos / 1e6 / Math.max(1, english + others)));
    return lines;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : a / (double) b;
  }
}
