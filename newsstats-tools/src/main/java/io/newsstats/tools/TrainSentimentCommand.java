package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.eval.NewsMtsc;
import io.newsstats.input.InvalidInputException;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.MentionToneModel;
import io.newsstats.training.MentionToneTrainer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-stats train-sentiment}: trains the mention-tone model on a NewsMTSC split. */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
    description = "Trains the mention-tone model (logistic regression over words around each mention and the"
        + " rule scores) on NewsMTSC target mentions and writes it as a .tsv.gz the job can load.")
final class TrainSentimentCommand implements Callable<Integer> {
  @ParentCommand
  NewsStatsCli parent;

  @Option(names = "--newsmtsc", required = true, paramLabel = "FILE", description = "NewsMTSC train.jsonl")
  Path trainFile;

  @Option(names = "--model-out", required = true, paramLabel = "FILE", description = "Model file to write (.tsv.gz)")
  Path modelOut;

  @Option(names = "--reg", defaultValue = "1e-4", paramLabel = "LAMBDA", description = "L2 strength (default 1e-4).")
  double regParam;

  @Option(names = "--min-count", defaultValue = "2", paramLabel = "N",
      description = "Keep word features seen in at least N targets (default 2).")
  int minCount;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(trainFile)) {
      throw new InvalidInputException("training file not found: " + trainFile);
    }
    long started = System.nanoTime();
    SparkSession spark = parent.session();
    MentionToneModel model;
    try {
      model = new MentionToneTrainer(Lexicon.bundledVader(), regParam, minCount)
          .train(spark, NewsMtsc.read(trainFile), "trained on " + trainFile.getFileName());
    } finally {
      spark.stop();
    }
    if (modelOut.getParent() != null) {
      Files.createDirectories(modelOut.getParent());
    }
    try (OutputStream out = Files.newOutputStream(modelOut)) {
      model.write(out);
    }
    System.out.printf("wrote %s: %s (%.1f s)%n", modelOut, model.description(), (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
