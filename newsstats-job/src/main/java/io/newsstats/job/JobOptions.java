package io.newsstats.job;

import io.newsstats.input.InputFormat;
import io.newsstats.input.RecordParser;
import io.newsstats.nlp.NlpEngine;
import io.newsstats.stories.StoryOptions;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a run needs to know, as validated by the command line. {@code referenceDir} (may be
 * null) holds the user's reference CSV files layered over the bundled ones; {@code toneModel} is
 * "encoder", "linear", "none" or a model file (see {@link ToneModelLoader}; null: the default); {@code ner} is "bundled" (the
 * name tagger shipped in the jar; also when null), "none", or a NerDL model folder (see
 * {@link io.newsstats.ner.NerModel}). With {@code quarantineBadFiles} an unreadable input file
 * (truncated or corrupt) is skipped and listed in the manifest; without it the run fails naming it.
 * {@code stories} says whether syndicated copies are found and how the daily tables count them.
 * With {@code incremental} the run adds the input files an existing output has not read yet to it
 * (see {@link NewsStatsJob}); without it the run replaces the output. {@code languages} says whether
 * the language of records that name none is detected (the default) or taken as English. With
 * {@code surnamesAcrossArticles} a person named by surname alone joins a full name of another
 * article of the run ({@link io.newsstats.stats.PersonSurnames}); without it only within the article.
 */
public record JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
    NlpEngine engine, String referenceDir, String toneModel, String ner, boolean quarantineBadFiles,
    StoryOptions stories, boolean incremental, RecordParser.LanguagePolicy languages, boolean surnamesAcrossArticles) {

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
      NlpEngine engine, String referenceDir, String toneModel, String ner, boolean quarantineBadFiles,
      StoryOptions stories, boolean incremental, RecordParser.LanguagePolicy languages) {
    this(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles, stories,
        incremental, languages, false);
  }

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
      NlpEngine engine, String referenceDir, String toneModel, String ner, boolean quarantineBadFiles,
      StoryOptions stories, boolean incremental) {
    this(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles, stories,
        incremental, RecordParser.LanguagePolicy.DETECT);
  }

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate) {
    this(inputs, output, format, defaultDate, NlpEngine.FAST, null, "bundled", "bundled", false, StoryOptions.DEFAULT,
        false);
  }

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
      NlpEngine engine, String referenceDir, String toneModel, String ner, boolean quarantineBadFiles,
      StoryOptions stories) {
    this(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles, stories, false);
  }

  /** Adds what is new in the inputs to the existing output instead of replacing it. */
  public JobOptions incrementally() {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, true, languages, surnamesAcrossArticles);
  }

  public JobOptions withInputs(List<String> inputs) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, surnamesAcrossArticles);
  }

  public JobOptions withToneModel(String toneModel) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, surnamesAcrossArticles);
  }

  public JobOptions withNer(String ner) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, surnamesAcrossArticles);
  }

  /** Unreadable input files skipped and listed in the manifest, rather than failing the run. */
  public JobOptions quarantiningBadFiles() {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, true, stories,
        incremental, languages, surnamesAcrossArticles);
  }

  public JobOptions withStories(StoryOptions stories) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, surnamesAcrossArticles);
  }

  /** A surname alone also joins a full name in other articles of the run (--surnames run). */
  public JobOptions withSurnamesAcrossArticles() {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, true);
  }

  /** Records that name no language are taken as English (--language en) instead of identified. */
  public JobOptions withLanguages(RecordParser.LanguagePolicy languages) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, ner, quarantineBadFiles,
        stories, incremental, languages, surnamesAcrossArticles);
  }

  /** Whether the bundled name tagger runs (the default). */
  public boolean bundledNames() {
    return ner == null || ner.equals("bundled");
  }

  /** A NerDL model folder given with --ner, or null. */
  public String nerDir() {
    return bundledNames() || ner.equals("none") ? null : ner;
  }
}
