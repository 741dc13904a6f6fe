package io.newsstats.cli;

import io.newsstats.input.InvalidInputException;
import io.newsstats.ner.ChunkScores;
import io.newsstats.ner.NerModel;
import io.newsstats.ner.NerModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-stats evaluate-ner}: entity-level scores of a NER model on a CoNLL file, as conlleval counts them. */
@Command(name = "evaluate-ner", mixinStandardHelpOptions = true,
    description = "Tags the sentences of a CoNLL file with a NER model (keeping the file's tokens) and prints"
        + " precision, recall and F1 per entity type and micro-averaged, by whole entities as conlleval does.")
final class EvaluateNerCommand implements Callable<Integer> {
  @ParentCommand
  NewsStatsCli parent;

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL file with gold tags.")
  Path conll;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "NER model folder (as for --ner).")
  String model;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(conll)) {
      throw new InvalidInputException("evaluation file not found: " + conll);
    }
    NerModel.Location location = NerModel.locate(model, NewsStatsCli.hadoopConfiguration(), "--model");
    SparkSession spark = parent.session();
    ChunkScores scores = new ChunkScores();
    long started = System.nanoTime();
    try {
      NerModel ner = NerModel.load(location);
      Dataset<Row> tagged = ner.tagTokenized(NerModelTrainer.readConll(spark, conll.toString()));
      for (Row row : tagged.selectExpr("label.result", "ner.result").collectAsList()) {
        List<String> gold = row.getList(0);
        List<String> predicted = row.getList(1);
        scores.add(gold, predicted.size() == gold.size() ? predicted : List.of());
      }
    } finally {
      spark.stop();
    }
    scores.report().forEach(System.out::println);
    System.out.printf("(%s, %.1f s)%n", conll.getFileName(), (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
