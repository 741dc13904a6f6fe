package io.newsstats.job;

import io.newsstats.input.InputFormat;
import io.newsstats.nlp.NlpEngine;
import java.time.LocalDate;
import java.util.List;

/** Everything a run needs to know, as validated by the command line. */
public record JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate,
    NlpEngine engine) {

  public JobOptions(List<String> inputs, String output, InputFormat format, LocalDate defaultDate) {
    this(inputs, output, format, defaultDate, NlpEngine.FAST);
  }
}
