package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.eval.SentimentEvaluation;
import io.newsstats.input.InvalidInputException;
import io.newsstats.job.ToneModelLoader;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.ToneModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code news-stats evaluate-sentiment}: the tone rules against NewsMTSC and the NYT editorial ratings. */
@Command(name = "evaluate-sentiment", mixinStandardHelpOptions = true,
    description = "Scores the tone rules on NewsMTSC target mentions (accuracy, macro-F1) and the NYT editorial"
        + " sentences (Pearson r). Prints one line per file and method.")
final class EvaluateSentimentCommand implements Callable<Integer> {
  @Option(names = "--newsmtsc", paramLabel = "FILE", description = "A NewsMTSC JSON Lines split. Repeatable.")
  List<Path> newsMtsc = new ArrayList<>();

  @Option(names = "--nyt", paramLabel = "FILE", description = "nytEditorialSnippets_GroundTruth.txt")
  Path nyt;

  @Option(names = "--tone-model", defaultValue = ToneModelLoader.DEFAULT, paramLabel = "MODEL",
      description = "Mention-tone model to score besides the rules: encoder, linear ('bundled' is its old name),"
          + " none, or a model file (.tsv.gz or tone-encoder .onnx), as the job's option. Default: ${DEFAULT-VALUE}.")
  String toneModel;

  @Override
  public Integer call() throws Exception {
    if (newsMtsc.isEmpty() && nyt == null) {
      throw new IllegalArgumentException("evaluate-sentiment needs --newsmtsc FILE and/or --nyt FILE");
    }
    for (Path file : newsMtsc) {
      requireFile(file);
    }
    if (nyt != null) {
      requireFile(nyt);
    }
    ToneModel model = ToneModelLoader.load(toneModel, NewsStatsCli.hadoopConfiguration(),
        Runtime.getRuntime().availableProcessors());
    System.out.println("tone model: " + ToneModelLoader.canonical(toneModel) + ": " + model.description());
    SentimentEvaluation evaluation = new SentimentEvaluation(Lexicon.bundledVader(), model);
    for (Path file : newsMtsc) {
      SentimentEvaluation.NewsMtscResult result = evaluation.newsMtsc(file);
      System.out.println(file.getFileName() + " sentence-tone: " + result.sentence());
      System.out.println(file.getFileName() + " targeted-tone: " + result.targeted());
      if (result.model() != null) {
        System.out.println(file.getFileName() + " model-tone (" + ToneModelLoader.canonical(toneModel) + "): "
            + result.model());
      }
    }
    if (nyt != null) {
      System.out.println(String.format(Locale.ROOT, "%s pearson=%.3f", nyt.getFileName(), evaluation.nytPearson(nyt)));
    }
    return 0;
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("evaluation file not found: " + file);
    }
  }
}
