package io.newsstats.job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InputFiles.InputFile;
import io.newsstats.input.InputFormat;
import io.newsstats.input.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the manifest of an existing output says about the runs that made it: the settings they
 * ran with, the files they read, their record counts and the tables' row counts. An incremental
 * run adds to these.
 */
public record EarlierRuns(Map<String, Object> settings, List<InputFile> inputFiles, List<Map<String, Object>> inputs,
    List<Map<String, Object>> runs, long read, long duplicates, Map<String, Long> rejectedByReason,
    long comparisons, long copyPairs, Map<String, Long> tableRows, long unresolvedMentions,
    Map<String, Long> nameVetoes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses {@code manifestJson}; {@code where} names the output in the error a user sees. */
  public static EarlierRuns parse(String manifestJson, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(manifestJson);
    } catch (IOException e) {
      throw new InvalidInputException("the manifest of " + where + " is not JSON: " + e.getMessage().lines().findFirst()
          .orElse(""));
    }
    if (!root.has("settings") || !root.has("input_files")) {
      throw new InvalidInputException("output " + where + " was written by newsstats " + root.path("job_version")
          .asText("?") + ", which did not record its input files; run once without --incremental to rebuild it");
    }
    List<InputFile> files = new ArrayList<>();
    for (JsonNode file : root.get("input_files")) {
      files.add(new InputFile(file.get("path").asText(), InputFormat.parse(file.get("format").asText()),
          file.get("bytes").asLong(), file.get("modified_ms").asLong(), file.get("sha256").asText()));
    }
    JsonNode records = root.path("records");
    Map<String, Long> rejected = new TreeMap<>(JSON.convertValue(records.path("rejected_by_reason"),
        new TypeReference<Map<String, Long>>() {}));
    return new EarlierRuns(
        JSON.convertValue(root.get("settings"), new TypeReference<Map<String, Object>>() {}),
        files,
        JSON.convertValue(root.path("inputs"), new TypeReference<List<Map<String, Object>>>() {}),
        JSON.convertValue(root.path("runs"), new TypeReference<List<Map<String, Object>>>() {}),
        records.path("read").asLong(), records.path("duplicates").asLong(), rejected,
        // "candidate_pairs": what earlier outputs of this version recorded (distinct pairs, not comparisons).
        root.path("stories").path(root.path("stories").has("comparisons") ? "comparisons" : "candidate_pairs").asLong(),
        root.path("stories").path("copy_pairs").asLong(),
        new TreeMap<>(JSON.convertValue(root.path("tables"), new TypeReference<Map<String, Long>>() {})),
        root.path("unresolved_mentions").asLong(),
        new TreeMap<>(JSON.convertValue(root.path("name_vetoes"), new TypeReference<Map<String, Long>>() {})));
  }

  /**
   * Fails, naming the first setting that differs, unless this run's settings are the earlier
   * runs': tables built with another engine, model or story threshold would not add up.
   */
  public void requireSameSettings(Map<String, Object> current, String where) {
    for (Map.Entry<String, Object> setting : current.entrySet()) {
      String before = String.valueOf(settings.get(setting.getKey()));
      if (setting.getKey().equals("tone_model") && before.equals("bundled")) {
        before = "linear"; // the linear model's name before the encoder came
      }
      if (setting.getKey().equals("surnames") && before.equals("null")) {
        before = "article"; // outputs made before --surnames joined surnames within the article only
      }
      String now = String.valueOf(setting.getValue());
      if (!before.equals(now)) {
        throw new InvalidInputException("--incremental: output " + where + " was made with " + setting.getKey() + " "
            + before + ", this run has " + now + "; give the same options, or run without --incremental to rebuild it");
      }
    }
  }
}
