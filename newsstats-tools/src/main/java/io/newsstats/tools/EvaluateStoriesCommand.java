package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;

import io.newsstats.eval.PairScores;
import io.newsstats.input.InvalidInputException;
import io.newsstats.stories.StoryDetection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code news-stats evaluate-stories}: the syndicated-copy detection alone, scored by pair precision
 * and recall against the {@code copy_of} field jobs/generate-corpus --syndicated writes, or, on a
 * corpus without labels (the BBC set), the stories it finds listed for a check by hand.
 */
@Command(name = "evaluate-stories", mixinStandardHelpOptions = true,
    description = "Finds syndicated copies (as a run does) and scores them: pair precision and recall against"
        + " the records' copy_of field, for each --similarity given; with --bbc, lists the stories found.")
final class EvaluateStoriesCommand implements Callable<Integer> {
  @ParentCommand
  NewsStatsCli parent;

  @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines with id, published, text, copy_of.")
  String corpus;

  @Option(names = "--bbc", paramLabel = "DIR", description = "The BBC set: CATEGORY/NNN.txt, title on line 1.")
  Path bbc;

  @Option(names = "--similarity", split = ",", paramLabel = "S",
      description = "Similarity thresholds to score, comma-separated (default: the job's, 0.5).")
  List<Double> similarities = new ArrayList<>(List.of(StoryDetection.Settings.DEFAULT.similarity()));

  @Option(names = "--window-days", paramLabel = "N", description = "Days apart copies may be published (default 7).")
  int windowDays = StoryDetection.Settings.DEFAULT.windowDays();

  @Option(names = "--show", paramLabel = "N", description = "Stories with copies to print (default 10).")
  int show = 10;

  @Override
  public Integer call() throws IOException {
    if ((corpus == null) == (bbc == null)) {
      throw new InvalidInputException("give exactly one of --corpus FILE and --bbc DIR");
    }
    SparkSession spark = parent.session();
    try {
      Dataset<Row> articles = corpus != null ? readCorpus(spark) : readBbc(spark);
      articles.cache();
      Map<String, String> gold = new HashMap<>();
      Map<String, String> titles = new HashMap<>();
      for (Row row : articles.select("id", "copy_of", "title").collectAsList()) {
        gold.put(row.getString(0), row.isNullAt(1) ? row.getString(0) : row.getString(1));
        titles.put(row.getString(0), row.isNullAt(2) ? "" : row.getString(2));
      }
      boolean labelled = gold.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()));
      System.out.printf(Locale.ROOT, "%d articles%s%n", gold.size(), labelled
          ? String.format(Locale.ROOT, ", %d of them copies (copy_of)", gold.entrySet().stream()
              .filter(e -> !e.getKey().equals(e.getValue())).count()) : ", no copy_of labels");
      System.out.println("similarity  comparisons  copy_pairs  stories_with_copies  articles_in_them"
          + (labelled ? "  pair_precision  pair_recall" : "") + "  seconds");
      Map<String, String> lastFound = Map.of();
      for (double similarity : similarities) {
        long start = System.nanoTime();
        StoryDetection.Result found = StoryDetection.detect(spark, articles,
            new StoryDetection.Settings(similarity, windowDays));
        Map<String, String> predicted = new HashMap<>();
        for (Row row : found.storyIds().collectAsList()) {
          predicted.put(row.getString(0), row.getString(1));
        }
        found.release().run();
        double seconds = (System.nanoTime() - start) / 1e9;
        String scores = "";
        if (labelled) {
          PairScores pairScores = PairScores.of(predicted, gold);
          scores = String.format(Locale.ROOT, "  %14.4f  %11.4f", pairScores.precision(), pairScores.recall());
        }
        System.out.printf(Locale.ROOT, "%10.2f  %11d  %10d  %19d  %16d%s  %7.1f%n", similarity,
            found.comparisons(), found.copyPairs(), found.stories(), found.articlesWithCopies(), scores, seconds);
        lastFound = predicted;
      }
      printStories(lastFound, titles);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** A sample of the stories found with the last threshold, for a check by hand. */
  private void printStories(Map<String, String> storyIds, Map<String, String> titles) {
    Map<String, List<String>> stories = new TreeMap<>();
    storyIds.forEach((article, story) -> stories.computeIfAbsent(story, s -> new ArrayList<>()).add(article));
    int printed = 0;
    for (Map.Entry<String, List<String>> story : stories.entrySet()) {
      if (printed++ >= show) {
        break;
      }
      System.out.println("story " + story.getKey() + ":");
      story.getValue().stream().sorted().forEach(id -> System.out.println("  " + id + "  " + titles.get(id)));
    }
  }

  private Dataset<Row> readCorpus(SparkSession spark) {
    Dataset<Row> raw = spark.read().json(corpus);
    List<String> columns = Arrays.asList(raw.columns());
    for (String needed : List.of("id", "published", "text")) {
      if (!columns.contains(needed)) {
        throw new InvalidInputException("--corpus " + corpus + ": records have no '" + needed + "' field");
      }
    }
    return raw.filter(col("id").isNotNull().and(col("text").isNotNull()).and(col("published").isNotNull()))
        .select(col("id"), to_date(substring(col("published"), 1, 10)).as("published_date"), col("text"),
            columns.contains("copy_of") ? col("copy_of") : org.apache.spark.sql.functions.lit(null).cast("string")
                .as("copy_of"),
            columns.contains("title") ? col("title") : org.apache.spark.sql.functions.lit(null).cast("string")
                .as("title"));
  }

  /** The BBC files as articles with ids CATEGORY/NNN, all of one date (the set has none). */
  private Dataset<Row> readBbc(SparkSession spark) throws IOException {
    if (!Files.isDirectory(bbc)) {
      throw new InvalidInputException("--bbc " + bbc + ": no such folder");
    }
    List<Row> rows = new ArrayList<>();
    Date date = Date.valueOf(LocalDate.of(2005, 1, 1));
    try (Stream<Path> files = Files.walk(bbc)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        int newline = content.indexOf('\n');
        String title = newline < 0 ? content.strip() : content.substring(0, newline).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1).strip();
        String id = file.getParent().getFileName() + "/" + file.getFileName().toString().replace(".txt", "");
        rows.add(RowFactory.create(id, date, body, null, title));
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("--bbc " + bbc + ": no .txt files there");
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("published_date", DataTypes.DateType)
        .add("text", DataTypes.StringType).add("copy_of", DataTypes.StringType).add("title", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }
}
