package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.nlp.AnnotatedArticle;
import io.newsstats.nlp.NewsTokenizer;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.SentenceToneScorer;
import io.newsstats.sentiment.TargetedTone;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the tone rules against human labels: NewsMTSC target mentions (negative/neutral/positive,
 * accuracy and macro-F1, for sentence tone and for targeted clause tone) and the NYT editorial
 * sentences (Pearson correlation with the mean human rating). The files are the user's; nothing
 * from them is stored.
 */
public final class SentimentEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final SentenceToneScorer scorer;
  private final TargetedTone targeted;

  public SentimentEvaluation(Lexicon lexicon) {
    this.scorer = new SentenceToneScorer(lexicon);
    this.targeted = new TargetedTone(scorer);
  }

  /** Labels: 0 negative, 1 neutral, 2 positive. */
  public record Scores(int n, double accuracy, double macroF1) {
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
      return new Scores(n, n == 0 ? 0 : (double) correct / n, f1Sum / 3);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d accuracy=%.3f macro-F1=%.3f", n, accuracy, macroF1);
    }
  }

  public record NewsMtscResult(Scores sentence, Scores targeted) {}

  public NewsMtscResult newsMtsc(Path file) throws IOException {
    List<int[]> sentenceLevel = new ArrayList<>();
    List<int[]> targetLevel = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = JSON.readTree(line);
        String sentence = record.get("sentence_normalized").asText();
        List<AnnotatedArticle.Token> tokens = tokenizer.tokenize(sentence).tokens();
        List<String> words = tokens.stream().map(AnnotatedArticle.Token::text).toList();
        double sentenceTone = scorer.score(words);
        for (JsonNode target : record.get("targets")) {
          int gold = goldLabel(target.get("polarity").asDouble());
          int from = target.get("from").asInt();
          int to = target.get("to").asInt();
          sentenceLevel.add(new int[] {gold, label(sentenceTone)});
          targetLevel.add(new int[] {gold, label(targetTone(tokens, words, from, to, sentenceTone))});
        }
      }
    }
    return new NewsMtscResult(Scores.of(sentenceLevel), Scores.of(targetLevel));
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

  private double targetTone(List<AnnotatedArticle.Token> tokens, List<String> words, int from, int to,
      double sentenceTone) {
    int[] range = AnnotatedArticle.tokenRange(tokens, from, to);
    return range == null ? sentenceTone : targeted.score(words, range[0], range[1]);
  }

  static int goldLabel(double polarity) {
    return polarity < 3 ? 0 : polarity > 5 ? 2 : 1;
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
