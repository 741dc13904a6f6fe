package io.newsstats.job;

import io.newsstats.input.InputFormat;
import io.newsstats.nlp.NlpEngine;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a run needs to know, as validated by the command line. {@code referenceDir} (may be
 * null) holds the user's reference CSV files layered over the bundled ones; {@code toneModel} is
 * "bundled", "none" or a model file (see {@link ToneModelLoader}); {@code nerDir} (may be null) a
 * NER model folder (see {@link io.newsstats.ner.NerModel}).
 */
public record JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
    NlpEngine engine, String referenceDir, String toneModel, String nerDir) {

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate) {
    this(inputs, output, format, defaultDate, NlpEngine.FAST, null, "bundled", null);
  }

  public JobOptions withNer(String dir) {
    return new JobOptions(inputs, output, format, defaultDate, engine, referenceDir, toneModel, dir);
  }
}
