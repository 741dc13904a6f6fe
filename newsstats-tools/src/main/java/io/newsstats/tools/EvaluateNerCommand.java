package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.input.InvalidInputException;
import io.newsstats.ner.ChunkScores;
import io.newsstats.ner.NerModel;
import io.newsstats.ner.NerModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import io.newsstats.ner.tagger.ConllSentences;
import io.newsstats.ner.tagger.NameTagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  @Option(names = "--model", defaultValue = "bundled", paramLabel = "MODEL",
      description = "bundled (the name tagger shipped with the job, default), a name-tagger model file, or a NerDL"
          + " model folder (as for --ner).")
  String model;

  @Option(names = "--errors", defaultValue = "0", paramLabel = "N",
      description = "Also print the first N wrong entities (missed, spurious, wrong type or boundary).")
  int errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(conll)) {
      throw new InvalidInputException("evaluation file not found: " + conll);
    }
    if (model.equals("bundled") || Files.isRegularFile(Path.of(model))) {
      return evaluateTagger();
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

  private int evaluateTagger() {
    long started = System.nanoTime();
    NameTagger tagger = model.equals("bundled") ? NameTagger.bundled() : NameTagger.load(Path.of(model));
    ChunkScores scores = new ChunkScores();
    List<String> wrong = new ArrayList<>();
    for (ConllSentences.Sentence s : ConllSentences.read(conll)) {
      List<String> gold = Arrays.asList(s.tags());
      List<String> predicted = Arrays.asList(tagger.tag(s.words()));
      scores.add(gold, predicted);
      if (wrong.size() < errors) {
        wrong.addAll(differences(s.words(), gold, predicted));
      }
    }
    scores.report().forEach(System.out::println);
    System.out.println(ChunkScores.line("P/O/L", scores.counts(List.of("PER", "ORG", "LOC"))));
    wrong.stream().limit(errors).forEach(System.out::println);
    System.out.printf("(%s, %s, %.1f s)%n", conll.getFileName(), tagger.description(),
        (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private static List<String> differences(String[] words, List<String> gold, List<String> predicted) {
    Set<ChunkScores.Chunk> goldChunks = new HashSet<>(ChunkScores.chunks(gold));
    Set<ChunkScores.Chunk> predictedChunks = new HashSet<>(ChunkScores.chunks(predicted));
    List<String> lines = new ArrayList<>();
    String sentence = String.join(" ", words);
    for (ChunkScores.Chunk c : goldChunks) {
      if (!predictedChunks.contains(c)) {
        lines.add("missed   " + c.type() + " " + text(words, c) + "  | " + sentence);
      }
    }
    for (ChunkScores.Chunk c : predictedChunks) {
      if (!goldChunks.contains(c)) {
        lines.add("spurious " + c.type() + " " + text(words, c) + "  | " + sentence);
      }
    }
    return lines;
  }

  private static String text(String[] words, ChunkScores.Chunk c) {
    return "[" + String.join(" ", Arrays.copyOfRange(words, c.first(), c.last() + 1)) + "]";
  }
}
