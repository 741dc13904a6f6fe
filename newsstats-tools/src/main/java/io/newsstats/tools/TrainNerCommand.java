package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.input.InvalidInputException;
import io.newsstats.ner.NerModelTrainer;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-stats train-ner}: a NerDL model from a CoNLL file, offline. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Trains a Spark NLP NerDL model on a CoNLL file (word POS [chunk] TAG per line) with GloVe-format"
        + " embeddings or Word2Vec embeddings trained here, and saves a self-contained pipeline folder for --ner.")
final class TrainNerCommand implements Callable<Integer> {
  @ParentCommand
  NewsStatsCli parent;

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL training file.")
  Path conll;

  static final class EmbeddingSource {
    @Option(names = "--embeddings", paramLabel = "GLOVE_TXT", description = "GloVe-format text embeddings (word v1 v2 ...).")
    Path glove;

    @Option(names = "--word2vec-corpus", paramLabel = "PATH",
        description = "Text (one document per line) or JSON Lines (text field) to train Word2Vec on, with the CoNLL"
            + " sentences. Without either option Word2Vec learns from the CoNLL sentences alone.")
    String corpus;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  EmbeddingSource embeddings = new EmbeddingSource();

  @Option(names = "--model-out", required = true, paramLabel = "DIR", description = "Folder to write the model to.")
  Path modelOut;

  @Option(names = "--dimension", defaultValue = "100", paramLabel = "N",
      description = "Word2Vec vector size (default 100; a bundled NerDL graph exists for 100, 200, 300, ...).")
  int dimension;

  @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Training epochs (default 10).")
  int epochs;

  @Option(names = "--lr", defaultValue = "0.003", paramLabel = "RATE", description = "Learning rate (default 0.003).")
  float learningRate;

  @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N", description = "Batch size (default 32).")
  int batchSize;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "CoNLL validation file: scored after every epoch, and the best epoch's model is the one saved.")
  Path dev;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(conll)) {
      throw new InvalidInputException("training file not found: " + conll);
    }
    if (dev != null && !Files.isRegularFile(dev)) {
      throw new InvalidInputException("validation file not found: " + dev);
    }
    int dim = dimension;
    if (embeddings.glove != null) {
      if (!Files.isRegularFile(embeddings.glove)) {
        throw new InvalidInputException("embeddings file not found: " + embeddings.glove);
      }
      dim = gloveDimension(embeddings.glove);
    }
    long started = System.nanoTime();
    SparkSession spark = parent.session();
    try {
      PipelineModel model = NerModelTrainer.train(spark, conll.toString(),
          new NerModelTrainer.Embeddings(embeddings.glove, embeddings.corpus, dim),
          new NerModelTrainer.Settings(epochs, learningRate, batchSize, 42, dev == null ? null : dev.toString()));
      model.write().overwrite().save(modelOut.toString());
    } finally {
      spark.stop();
    }
    System.out.printf("wrote %s: NerDL, %d-dimensional %s embeddings, %d epochs (%.1f s)%n", modelOut, dim,
        embeddings.glove != null ? "GloVe" : "Word2Vec", epochs, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private static int gloveDimension(Path file) throws Exception {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null || first.trim().split("\\s+").length < 3) {
        throw new InvalidInputException(file + ": not GloVe text (expected: word value value ...)");
      }
      return first.trim().split("\\s+").length - 1;
    }
  }
}
