package io.newsstats.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a run read, produced and with which versions: the {@code _manifest.json} beside the tables.
 * {@code records.read = accepted + rejected + duplicates} always holds. The counts are of the whole
 * output: an incremental run adds its own to the earlier runs', and {@code runs} lists every run
 * that made the output (the last is this one) with what it read; {@code inputFiles} are every file
 * read, with the checksum an incremental run knows them by; {@code settings} are the options the
 * tables depend on, which every run of one output must share.
 */
public record RunManifest(
    String jobVersion,
    String referenceDataVersion,
    String sparkVersion,
    String sparkNlpVersion,
    String engine,
    String toneModel,
    String master,
    Instant startedAt,
    Instant finishedAt,
    List<Map<String, Object>> inputs,
    List<Map<String, Object>> quarantinedFiles,
    long read,
    long accepted,
    Map<String, Long> rejectedByReason,
    long duplicates,
    long articlesProcessed,
    long unresolvedMentions,
    String ner,
    Map<String, Long> nameVetoes,
    Map<String, Object> stories,
    Map<String, Long> tableRows,
    Map<String, Object> settings,
    List<Map<String, Object>> inputFiles,
    List<Map<String, Object>> runs) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public long inputBytes() {
    return inputs.stream().mapToLong(i -> ((Number) i.getOrDefault("bytes", 0L)).longValue()).sum();
  }

  /** This run's own entry in {@code runs}. */
  public Map<String, Object> thisRun() {
    return runs.get(runs.size() - 1);
  }

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public String toJson() {
    Map<String, Object> records = new java.util.LinkedHashMap<>();
    records.put("read", read);
    records.put("accepted", accepted);
    records.put("rejected", rejected());
    records.put("duplicates", duplicates);
    records.put("rejected_by_reason", rejectedByReason);
    Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("job", "newsstats");
    root.put("job_version", jobVersion);
    root.put("reference_data_version", referenceDataVersion);
    root.put("spark_version", sparkVersion);
    root.put("spark_nlp_version", sparkNlpVersion);
    root.put("engine", engine);
    root.put("tone_model", toneModel);
    root.put("master", master);
    root.put("started_at", startedAt.toString());
    root.put("finished_at", finishedAt.toString());
    root.put("duration_seconds", Duration.between(startedAt, finishedAt).toMillis() / 1000.0);
    root.put("inputs", inputs);
    // unreadable input files skipped under --bad-files quarantine: path and reason (their records are not counted)
    root.put("quarantined_files", quarantinedFiles);
    root.put("records", records);
    root.put("articles_processed", articlesProcessed);
    root.put("unresolved_mentions", unresolvedMentions);
    root.put("ner", ner);
    // gazetteer matches a person or organisation name around them overruled, by reason
    root.put("name_vetoes", nameVetoes);
    // syndicated copies: how they were found and counted, and how many
    root.put("stories", stories);
    root.put("tables", tableRows);
    // options the tables depend on: an incremental run must have the same
    root.put("settings", settings);
    // every data file read by the runs that made this output, with its checksum
    root.put("input_files", inputFiles);
    // each run that made this output, oldest first: mode, what it read, skipped and rewrote
    root.put("runs", runs);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
