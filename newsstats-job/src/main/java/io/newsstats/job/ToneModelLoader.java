package io.newsstats.job;

import io.newsstats.input.InvalidInputException;
import io.newsstats.sentiment.MentionToneModel;
import io.newsstats.sentiment.ToneEncoder;
import io.newsstats.sentiment.ToneModel;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code --tone-model} option: "encoder" (the fine-tuned encoder the jar carries), "linear" (the
 * linear model the jar carries; "bundled" is its older name), "none" (the clause rules alone), or a
 * model file on any Hadoop file system: a .tsv.gz written by train-sentiment, or a tone-encoder .onnx
 * written by jobs/train-tone-encoder with its .json card and vocab.txt beside it.
 */
public final class ToneModelLoader {
  public static final String DEFAULT = "linear";

  private ToneModelLoader() {}

  /** The option as the manifest records it: the default named, "bundled" as "linear". */
  public static String canonical(String option) {
    return option == null ? DEFAULT : option.equals("bundled") ? "linear" : option;
  }

  /** The tone model an option names; an encoder runs one thread per session until told otherwise. */
  public static ToneModel load(String option, Configuration hadoopConf) {
    return load(option, hadoopConf, 1);
  }

  /** @param threads ONNX Runtime threads per session */
  public static ToneModel load(String option, Configuration hadoopConf, int threads) {
    String choice = canonical(option);
    switch (choice) {
      case "encoder":
        ToneEncoder encoder = ToneEncoder.bundled(threads);
        if (encoder == null) {
          throw new InvalidInputException("--tone-model encoder: this build carries no tone encoder"
              + " (data/models/tone-encoder.onnx); use linear or none");
        }
        return ToneModel.encoder(encoder);
      case "linear":
      case "bundled":
        return ToneModel.linear(MentionToneModel.bundled());
      case "none":
        return ToneModel.RULES;
      default:
        return choice.endsWith(".onnx") ? ToneModel.encoder(encoderFile(choice, hadoopConf, threads))
            : ToneModel.linear(linearFile(choice, hadoopConf));
    }
  }

  private static MentionToneModel linearFile(String option, Configuration hadoopConf) {
    Path file = new Path(option);
    try {
      requireFile(file, option, hadoopConf);
      try (InputStream in = file.getFileSystem(hadoopConf).open(file)) {
        return MentionToneModel.read(in, option);
      }
    } catch (IOException | RuntimeException e) {
      throw notAModel(option, "a model written by train-sentiment", e);
    }
  }

  private static ToneEncoder encoderFile(String option, Configuration hadoopConf, int threads) {
    Path model = new Path(option);
    Path card = new Path(option.substring(0, option.length() - ".onnx".length()) + ".json");
    Path vocab = new Path(model.getParent(), "vocab.txt");
    try {
      requireFile(model, option, hadoopConf);
      requireFile(card, option, hadoopConf);
      requireFile(vocab, option, hadoopConf);
      FileSystem fs = model.getFileSystem(hadoopConf);
      byte[] bytes;
      try (InputStream in = fs.open(model)) {
        bytes = in.readAllBytes();
      }
      try (InputStream cardIn = fs.open(card); InputStream vocabIn = fs.open(vocab)) {
        return ToneEncoder.of(option, bytes, cardIn, vocabIn, threads).check();
      }
    } catch (IOException | RuntimeException e) {
      throw notAModel(option, "a tone encoder written by jobs/train-tone-encoder", e);
    }
  }

  private static void requireFile(Path file, String option, Configuration hadoopConf) throws IOException {
    if (!file.getFileSystem(hadoopConf).isFile(file)) {
      throw new InvalidInputException("--tone-model " + option + ": no such file " + file
          + " (or use encoder / linear / none)");
    }
  }

  private static InvalidInputException notAModel(String option, String what, Exception e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid;
    }
    Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return new InvalidInputException("--tone-model " + option + ": not " + what + " (" + cause.getMessage() + ")");
  }
}
