package io.newsstats.job;

import io.newsstats.input.InvalidInputException;
import io.newsstats.sentiment.MentionToneModel;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The {@code --tone-model} option: "bundled" (the default), "none" (rules only), or a model file on any Hadoop file system. */
public final class ToneModelLoader {
  private ToneModelLoader() {}

  public static MentionToneModel load(String option, Configuration hadoopConf) {
    if (option == null || option.equals("bundled")) {
      return MentionToneModel.bundled();
    }
    if (option.equals("none")) {
      return null;
    }
    try {
      Path file = new Path(option);
      FileSystem fs = file.getFileSystem(hadoopConf);
      if (!fs.isFile(file)) {
        throw new InvalidInputException("--tone-model " + option + ": no such file (or use bundled / none)");
      }
      try (InputStream in = fs.open(file)) {
        return MentionToneModel.read(in, option);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      throw new InvalidInputException("--tone-model " + option + ": not a model written by train-sentiment ("
          + cause.getMessage() + ")");
    }
  }
}
