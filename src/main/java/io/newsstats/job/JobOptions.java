package io.newsstats.job;

import io.newsstats.input.InputFormat;
import io.newsstats.nlp.NlpEngine;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a run needs to know, as validated by the command line. {@code referenceDir} (may be
 * null) holds the user's reference CSV files layered over the bundled ones; {@code toneModel} is
 * "bundled", "none" or a model file (see {@link ToneModelLoader}).
 */
public record JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
    NlpEngine engine, String referenceDir, String toneModel) {

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate) {
    this(inputs, output, format, defaultDate, NlpEngine.FAST, null, "bundled");
  }
}
