package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstats.eval.LeaderRecall;
import io.newsstats.eval.ReutersCorpus;
import io.newsstats.eval.SetScores;
import io.newsstats.input.InputFormat;
import io.newsstats.input.InvalidInputException;
import io.newsstats.job.JobOptions;
import io.newsstats.job.NewsStatsJob;
import io.newsstats.kb.EntityType;
import io.newsstats.nlp.NlpEngine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code news-stats evaluate-countries}: runs the job on Reuters-21578 and compares the countries it
 * finds in each story with the story's {@code <PLACES>} tags.
 */
@Command(name = "evaluate-countries", mixinStandardHelpOptions = true,
    description = "Runs the job on Reuters-21578 (the reut2-*.sgm files) and scores the countries found per story"
        + " against its <PLACES> tags: precision, recall, F1 overall and for the 20 most tagged countries.")
final class EvaluateCountriesCommand implements Callable<Integer> {
  @ParentCommand
  NewsStatsCli parent;

  @Option(names = "--reuters", required = true, paramLabel = "DIR", description = "Folder with reut2-*.sgm.")
  Path reutersDir;

  @Option(names = "--leaders", paramLabel = "FILE",
      description = "Leader labels (data/gold/reuters-leaders.jsonl): prints leader recall and every miss.")
  Path leadersGold;

  @Option(names = "--top", defaultValue = "60", paramLabel = "N",
      description = "How many of the most-mentioned PERSON, ORG and LEADER ids to print (default 60).")
  int top;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where the job's input and output go (default: a new temporary folder). Kept for inspection.")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    List<Path> files = reutersFiles();
    Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newsstats-reuters");
    Path input = work.resolve("reuters.jsonl");
    Map<String, ReutersCorpus.Story> tagged = new HashMap<>();
    Map<String, java.time.LocalDate> published = new HashMap<>();
    writeStories(files, input, tagged, published);
    Path output = work.resolve("out");
    JobOptions options = new JobOptions(List.of(input.toString()), output.toString(), InputFormat.JSONL, null,
        NlpEngine.FAST, null, "none", null, false, io.newsstats.stories.StoryOptions.DEFAULT);
    NewsStatsJob.Prepared prepared = NewsStatsJob.prepare(options, parent.jobHadoopConfiguration());
    SparkSession spark = parent.session();
    Map<String, Set<String>> found = new HashMap<>();
    Map<String, Set<String>> leadersFound = new HashMap<>();
    List<Row> topNames;
    try {
      NewsStatsJob.run(spark, prepared);
      org.apache.spark.sql.Dataset<Row> mentions = spark.read().parquet(output.resolve("mentions").toString());
      for (Row row : mentions.filter(col("entity_type").isin(EntityType.COUNTRY.name(), EntityType.LEADER.name()))
          .select("article_id", "entity_id", "entity_type").distinct().collectAsList()) {
        Map<String, Set<String>> into = row.getString(2).equals(EntityType.COUNTRY.name()) ? found : leadersFound;
        into.computeIfAbsent(row.getString(0), k -> new HashSet<>()).add(row.getString(1));
      }
      topNames = mentions.filter(col("entity_type").isin(EntityType.PERSON.name(), EntityType.ORG.name(),
              EntityType.LEADER.name()))
          .groupBy("entity_type", "entity_id").count()
          .orderBy(col("count").desc(), col("entity_id")).collectAsList();
    } finally {
      spark.stop();
    }
    printCountryScores(tagged, found, new ReutersCorpus(prepared.kb()));
    if (leadersGold != null) {
      printLeaderRecall(LeaderRecall.read(leadersGold), leadersFound, published, prepared.kb());
    }
    printTopNames(topNames);
    System.out.println("job input and output: " + work);
    return 0;
  }

  private List<Path> reutersFiles() throws IOException {
    if (!Files.isDirectory(reutersDir)) {
      throw new InvalidInputException("--reuters " + reutersDir + ": no such folder");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(reutersDir)) {
      files = listing.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new InvalidInputException("--reuters " + reutersDir + ": no reut2-*.sgm files there");
    }
    return files;
  }

  /**
   * Writes every story with a body as a JSON line for the job; notes each one's date, and the stories
   * with {@code <PLACES>} tags (untagged stories are analysed for people and organisations but not scored).
   */
  private static void writeStories(List<Path> files, Path input, Map<String, ReutersCorpus.Story> tagged,
      Map<String, java.time.LocalDate> published) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        // The collection is plain ASCII but for a few stray bytes: ISO-8859-1 reads every byte.
        for (ReutersCorpus.Story story : ReutersCorpus.parse(Files.readString(file, StandardCharsets.ISO_8859_1))) {
          if (story.text().isBlank()) {
            continue;
          }
          String id = "reuters-" + story.id();
          published.put(id, story.date());
          if (!story.places().isEmpty()) {
            tagged.put(id, story);
          }
          ObjectNode record = json.createObjectNode().put("id", id).put("published", story.date().toString())
              .put("source", "reuters-21578").put("text", story.text());
          out.write(json.writeValueAsString(record));
          out.newLine();
        }
      }
    }
  }

  private static void printCountryScores(Map<String, ReutersCorpus.Story> tagged, Map<String, Set<String>> found,
      ReutersCorpus corpus) {
    SetScores scores = new SetScores();
    Set<String> unmapped = new java.util.TreeSet<>();
    for (Map.Entry<String, ReutersCorpus.Story> e : tagged.entrySet()) {
      e.getValue().places().stream().filter(p -> corpus.iso3(p) == null).forEach(unmapped::add);
      scores.add(corpus.goldCountries(e.getValue()), found.getOrDefault(e.getKey(), Set.of()));
    }
    System.out.println(String.format(Locale.ROOT, "reuters-21578: %d stories with <PLACES> tags; overall %s",
        scores.documents(), scores.overall()));
    List<Map.Entry<String, SetScores.Counts>> top = new ArrayList<>(scores.byLabel().entrySet());
    top.sort(Comparator.comparingInt((Map.Entry<String, SetScores.Counts> e) -> e.getValue().gold()).reversed());
    for (Map.Entry<String, SetScores.Counts> e : top.subList(0, Math.min(20, top.size()))) {
      System.out.println(String.format(Locale.ROOT, "  %s tagged=%d %s", e.getKey(), e.getValue().gold(), e.getValue()));
    }
    if (!unmapped.isEmpty()) {
      System.out.println("place tags with no country in the reference data (not scored): " + unmapped);
    }
  }

  private static void printLeaderRecall(List<LeaderRecall.Label> labels, Map<String, Set<String>> found,
      Map<String, java.time.LocalDate> published, io.newsstats.kb.KnowledgeBase kb) {
    LeaderRecall.Result result = LeaderRecall.score(labels, found, published, kb);
    System.out.println(String.format(Locale.ROOT, "leader recall: %d of %d labelled stories (%.3f)",
        result.found(), labels.size(), labels.isEmpty() ? 0.0 : result.found() / (double) labels.size()));
    result.byLeader().forEach((id, counts) -> System.out.println(String.format(Locale.ROOT, "  %s %d/%d",
        id, counts[0], counts[1])));
    for (String miss : result.misses()) {
      System.out.println("  missed: " + miss);
    }
    System.out.println(String.format(Locale.ROOT,
        "leaders linked in a story dated over 5 years before their first day in office: %d %s",
        result.anachronisms().values().stream().mapToInt(Integer::intValue).sum(), result.anachronisms()));
  }

  private void printTopNames(List<Row> counts) {
    for (String type : List.of(EntityType.PERSON.name(), EntityType.ORG.name(), EntityType.LEADER.name())) {
      List<String> shown = counts.stream().filter(r -> r.getString(0).equals(type)).limit(top)
          .map(r -> r.getString(1) + "=" + r.getLong(2)).toList();
      System.out.println("most-mentioned " + type + " ids: " + String.join(" ", shown));
    }
  }
}
