package io.newsstats.eval;

import io.newsstats.nlp.AnnotatedArticle;
import io.newsstats.nlp.NewsTokenizer;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.SentenceToneScorer;
import io.newsstats.sentiment.MentionTone;
import io.newsstats.sentiment.ToneEncoder;
import io.newsstats.sentiment.ToneModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores tone against human labels: NewsMTSC target mentions (negative/neutral/positive, accuracy
 * and macro-F1, for sentence tone, for the clause rules and for the chosen model when there is one)
 * and the NYT editorial sentences (Pearson correlation with the mean human rating). The files are
 * the user's; nothing from them is stored.
 */
public final class SentimentEvaluation {
  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final SentenceToneScorer scorer;
  private final MentionTone rules;
  private final MentionTone linear;
  private final ToneEncoder encoder;

  /** @param model the model scored beside the rules ({@link ToneModel#RULES}: the rules only) */
  public SentimentEvaluation(Lexicon lexicon, ToneModel model) {
    this.scorer = new SentenceToneScorer(lexicon);
    this.rules = new MentionTone(lexicon, null);
    this.linear = model.linear() == null ? null : new MentionTone(lexicon, model.linear());
    this.encoder = model.encoder();
  }

  /** Labels: 0 negative, 1 neutral, 2 positive. */
  public record Scores(int n, double accuracy, double macroF1, int[][] confusion) {
    static Scores of(List<int[]> goldAndPredicted) {
      int[][] confusion = new int[3][3];
      for (int[] pair : goldAndPredicted) {
        confusion[pair[0]][pair[1]]++;
      }
      int correct = 0;
      double f1Sum = 0;
      for (int c = 0; c < 3; c++) {
        correct += confusion[c][c];
        int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
        int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
        double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
        double recall = actual == 0 ? 0 : (double) confusion[c][c] / actual;
        f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      }
      int n = goldAndPredicted.size();
      return new Scores(n, n == 0 ? 0 : (double) correct / n, f1Sum / 3, confusion);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d accuracy=%.3f macro-F1=%.3f confusion(gold: predicted neg/neu/pos)"
          + " negative=%s neutral=%s positive=%s", n, accuracy, macroF1, java.util.Arrays.toString(confusion[0]),
          java.util.Arrays.toString(confusion[1]), java.util.Arrays.toString(confusion[2]));
    }
  }

  /** {@code model} is null when no model was given. */
  public record NewsMtscResult(Scores sentence, Scores targeted, Scores model) {}

  public NewsMtscResult newsMtsc(Path file) throws IOException {
    List<int[]> sentenceLevel = new ArrayList<>();
    List<int[]> targetLevel = new ArrayList<>();
    List<int[]> modelLevel = new ArrayList<>();
    List<NewsMtsc.Example> examples = NewsMtsc.read(file);
    for (NewsMtsc.Example example : examples) {
      double sentenceTone = scorer.score(example.tokens());
      sentenceLevel.add(new int[] {example.gold(), label(sentenceTone)});
      targetLevel.add(new int[] {example.gold(), index(rules.score(example.tokens(), example.first(),
          example.last(), sentenceTone).label())});
      if (linear != null) {
        modelLevel.add(new int[] {example.gold(), index(linear.score(example.tokens(), example.first(),
            example.last(), sentenceTone).label())});
      }
    }
    if (encoder != null) {
      double[][] p = encoder.probabilities(examples.stream()
          .map(e -> new ToneEncoder.Target(e.sentence(), e.from(), e.to())).toList());
      for (int i = 0; i < examples.size(); i++) {
        modelLevel.add(new int[] {examples.get(i).gold(), index(MentionTone.of(p[i]).label())});
      }
    }
    return new NewsMtscResult(Scores.of(sentenceLevel), Scores.of(targetLevel),
        linear == null && encoder == null ? null : Scores.of(modelLevel));
  }

  /** Pearson correlation of sentence tone with the NYT editorial ratings (id, rating, text per line). */
  public double nytPearson(Path file) throws IOException {
    List<double[]> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 3);
      if (fields.length == 3) {
        List<String> words = tokenizer.tokenize(fields[2]).tokens().stream().map(AnnotatedArticle.Token::text).toList();
        pairs.add(new double[] {scorer.score(words), Double.parseDouble(fields[1])});
      }
    }
    return pearson(pairs);
  }

  private static int index(String label) {
    return switch (label) {
      case "negative" -> 0;
      case "positive" -> 2;
      default -> 1;
    };
  }

  static int label(double compound) {
    return switch (SentenceToneScorer.label(compound)) {
      case "negative" -> 0;
      case "positive" -> 2;
      default -> 1;
    };
  }

  static double pearson(List<double[]> pairs) {
    int n = pairs.size();
    double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return n < 2 || sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
