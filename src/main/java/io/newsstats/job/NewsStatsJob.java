package io.newsstats.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import io.newsstats.input.ArticleReader;
import io.newsstats.input.InputFileCheck;
import io.newsstats.input.InputResolver;
import io.newsstats.input.InputSpec;
import io.newsstats.input.InvalidInputException;
import io.newsstats.input.RejectReason;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.ner.NerModel;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.NlpStage;
import io.newsstats.output.OutputLocation;
import io.newsstats.output.RunManifest;
import io.newsstats.output.TableWriter;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.MentionToneModel;
import io.newsstats.stats.StatsTables;
import io.newsstats.stories.StoryDetection;
import io.newsstats.stories.StoryOptions;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole run: read and validate the inputs, drop duplicate ids, annotate, link and score, then
 * write every table and finally the manifest. Every input record ends up either analysed or in
 * {@code rejected}.
 */
public final class NewsStatsJob {
  private static final Logger LOG = LoggerFactory.getLogger(NewsStatsJob.class);

  private NewsStatsJob() {}

  /** Inputs that exist with a known format and an output proven writable: checked before Spark starts. */
  public record Prepared(JobOptions options, List<InputSpec> inputs, OutputLocation output, KnowledgeBase kb,
      MentionToneModel toneModel, NerModel.Location ner) {}

  public static Prepared prepare(JobOptions options, Configuration hadoopConf) {
    List<InputSpec> inputs = new InputResolver(hadoopConf).resolve(options.inputs(), options.format());
    KnowledgeBase kb = ReferenceData.load(options.referenceDir(), hadoopConf);
    MentionToneModel toneModel = ToneModelLoader.load(options.toneModel(), hadoopConf);
    NerModel.Location ner = options.nerDir() == null ? null : NerModel.locate(options.nerDir(), hadoopConf);
    checkOutputApartFromInputs(options.output(), inputs, hadoopConf);
    return new Prepared(options, inputs, OutputLocation.open(options.output(), hadoopConf), kb, toneModel, ner);
  }

  /** A run replaces its output directory as a whole: it must neither hold an input nor lie inside one. */
  private static void checkOutputApartFromInputs(String output, List<InputSpec> inputs, Configuration conf) {
    try {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
      String outPath = out.getFileSystem(conf).makeQualified(out).toString();
      for (InputSpec input : inputs) {
        org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(input.path());
        org.apache.hadoop.fs.FileSystem fs = in.getFileSystem(conf);
        org.apache.hadoop.fs.FileStatus[] matches = fs.globStatus(in);
        for (org.apache.hadoop.fs.FileStatus match : matches == null ? new org.apache.hadoop.fs.FileStatus[0] : matches) {
          String inPath = fs.makeQualified(match.getPath()).toString();
          if (inPath.equals(outPath) || inPath.startsWith(outPath + "/") || outPath.startsWith(inPath + "/")) {
            throw new io.newsstats.output.InvalidOutputException("--output " + output + " overlaps --input "
                + input.path() + ": the run replaces its output directory, so it must be apart from every input");
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot compare --output with the inputs: " + e.getMessage());
    }
  }

  public static RunManifest run(SparkSession spark, JobOptions options) throws IOException {
    return run(spark, prepare(options, spark.sparkContext().hadoopConfiguration()));
  }

  /** Runs the job; a run that fails leaves the output as it was (its staging directory is removed). */
  public static RunManifest run(SparkSession spark, Prepared run) throws IOException {
    try {
      return runStaged(spark, run);
    } finally {
      run.output().discard();
    }
  }

  private static RunManifest runStaged(SparkSession spark, Prepared run) throws IOException {
    Instant started = Instant.now();
    KnowledgeBase kb = run.kb();
    Gazetteer gazetteer = Gazetteer.build(kb);
    Lexicon lexicon = Lexicon.bundledVader();
    NlpStage nlp = run.options().engine().stage(spark,
        new ArticleAnalyzer(new EntityLinker(kb, gazetteer), lexicon, run.toneModel(), run.options().bundledNames()),
        gazetteer);
    LOG.info("reference data: {} countries, {} leaders, {} gazetteer phrases, {} lexicon words ({} s)",
        kb.countries().size(), kb.leaders().size(), gazetteer.phrases().size(), lexicon.size(), since(started));

    List<InputFileCheck.BadFile> badFiles = InputFileCheck.unreadable(spark, run.inputs());
    List<InputSpec> inputs = readableInputs(run, badFiles, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> records = new ArticleReader(spark, run.options().defaultDate()).read(inputs)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // Every record's key and verdict, without its text: small enough to keep for the counts.
    Dataset<Row> keys = records.select("reason", "id", "input_file", "ordinal").persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> rejectedByReason = new TreeMap<>();
    long read = 0;
    for (Row row : keys.groupBy("reason").count().collectAsList()) {
      read += row.getLong(1);
      if (!row.isNullAt(0)) {
        rejectedByReason.put(row.getString(0), row.getLong(1));
      }
    }
    Dataset<Row> later = laterRecordsOfRepeatedIds(keys.filter(col("reason").isNull()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> accepted = records.filter(col("reason").isNull());
    long duplicateCount = later.count();
    LOG.info("inputs read: {} records, {} duplicates ({} s)", read, duplicateCount, since(started));
    // Most corpora have no duplicates: then neither the articles nor the rejected table need a join.
    String[] position = {"input_file", "ordinal"};
    Dataset<Row> articles = duplicateCount == 0 ? accepted : accepted.join(later, position, "left_anti");
    Dataset<Row> duplicates = duplicateCount == 0 ? accepted.limit(0) : accepted.join(later, position, "left_semi");

    TableWriter writer = new TableWriter(run.output());
    Dataset<Row> rejected = rejectedTable(records, duplicates);
    // A clean corpus has nothing to reject: write the empty table without scanning every record again.
    Dataset<Row> rejectedRows = rejectedByReason.isEmpty() && duplicateCount == 0
        ? spark.createDataFrame(List.of(), rejected.schema()) : rejected;

    StoryOptions storyOptions = run.options().stories();
    StoryDetection.Result stories = storyOptions.detects()
        ? StoryDetection.detect(spark, articles, storyOptions.detection()) : null;
    if (stories != null) {
      LOG.info("stories: {} articles are copies in {} stories ({} candidate pairs, {} copy pairs) ({} s)",
          stories.articlesWithCopies(), stories.stories(), stories.candidatePairs(), stories.copyPairs(),
          since(started));
    }

    Dataset<Row> nerTagged = null;
    if (run.ner() != null) {
      NerModel ner = NerModel.load(run.ner());
      LOG.info("NER model: {}", ner.description());
      // Kept: the NER model is the costliest step.
      nerTagged = ner.annotate(articles).persist(StorageLevel.MEMORY_AND_DISK_SER());
      articles = nerTagged;
    }
    // Kept on disk: mentions and article_tone both read it. A memory cache overflowed a 2 GB heap
    // at 200,000 articles.
    Dataset<Row> analysis = StoryDetection.withStoryIds(nlp.analyze(articles),
        stories == null ? null : stories.storyIds()).persist(StorageLevel.DISK_ONLY());
    // Independent outputs run as concurrent Spark jobs: a small job's last stage is often one task,
    // and alone it leaves the other cores idle while it writes and commits its files.
    ConcurrentWrites.run(
        () -> writer.write("rejected", rejectedRows),
        // Sorted within each file (not globally): date-range readers skip row groups, no extra shuffle.
        () -> writer.write("mentions",
            StatsTables.mentions(analysis).sortWithinPartitions("published_date", "article_id", "begin")));
    // The daily tables read the written mentions back: a columnar scan of the columns they use is
    // cheaper than decoding the cached analysis with its sentences again for each table.
    Dataset<Row> allMentions = spark.read().parquet(run.output().table("mentions"));
    // --copies first: the daily tables see each story's earliest copy only.
    Dataset<Row> mentions = storyOptions.firstCopyOnly()
        ? allMentions.filter(col("article_id").equalTo(col("story_id"))) : allMentions;
    List<Runnable> writes = new java.util.ArrayList<>(List.of(
        () -> writer.write("article_tone",
            StatsTables.articleTone(analysis).sortWithinPartitions("published_date", "article_id")),
        () -> writer.writeByMonth("country_stats", StatsTables.countryStats(mentions)),
        () -> writer.writeByMonth("leader_stats", StatsTables.leaderStats(mentions)),
        () -> writer.writeByMonth("country_pairs", StatsTables.countryPairs(mentions))));
    if (run.ner() != null || run.options().bundledNames()) {
      writes.add(() -> writer.writeByMonth("person_stats", StatsTables.personStats(mentions)));
      writes.add(() -> writer.writeByMonth("org_stats", StatsTables.orgStats(mentions)));
    }
    ConcurrentWrites.run(writes.toArray(new Runnable[0]));
    writer.write("stories", StatsTables.stories(spark.read().parquet(run.output().table("article_tone"))));
    analysis.unpersist();
    if (nerTagged != null) {
      nerTagged.unpersist();
    }

    long processed = writer.rowCounts().get("article_tone");
    // From the written table, so the articles are not analysed once more for one number.
    Row unresolvedRow = spark.read().parquet(run.output().table("article_tone")).agg(sum("unresolved_mentions")).first();
    long unresolved = unresolvedRow.isNullAt(0) ? 0 : unresolvedRow.getLong(0);
    Map<String, Long> vetoes = new TreeMap<>();
    for (Row row : spark.read().parquet(run.output().table("article_tone"))
        .select(explode(col("name_vetoes")).as("reason")).groupBy("reason").count().collectAsList()) {
      vetoes.put(row.getString(0), row.getLong(1));
    }
    String names = run.ner() != null ? "NerDL " + run.ner().dir()
        : run.options().bundledNames() ? "bundled name tagger" : "none";
    RunManifest manifest = new RunManifest(BuildInfo.version(), kb.version(), spark.version(),
        BuildInfo.sparkNlpVersion(), run.options().engine().lowerName(),
        run.toneModel() == null ? "rules (clause tone)" : run.toneModel().description(),
        spark.sparkContext().master(), started,
        Instant.now(),
        inputs.stream().map(i -> Map.<String, Object>of("path", i.path(), "format", i.format().lowerName(),
            "bytes", i.bytes())).toList(),
        badFiles.stream().map(b -> {
          Map<String, Object> file = new java.util.LinkedHashMap<>();
          file.put("path", b.path());
          file.put("reason", b.reason());
          return file;
        }).toList(),
        read, processed, rejectedByReason, duplicateCount, processed, unresolved, names, vetoes,
        storySummary(storyOptions, stories, writer.rowCounts().get("stories")), writer.rowCounts());
    // Cached data first: after the swap its files would point into a renamed directory.
    later.unpersist();
    keys.unpersist();
    records.unpersist();
    run.output().commit(manifest.toJson());
    LOG.info("wrote {} tables to {}", writer.rowCounts().size(), run.output().root());
    return manifest;
  }

  /** The manifest's "stories": how copies were found and counted, and what was found. */
  private static Map<String, Object> storySummary(StoryOptions options, StoryDetection.Result found, long stories) {
    Map<String, Object> summary = new java.util.LinkedHashMap<>();
    summary.put("detection", options.detects() ? "minhash" : "off");
    if (options.detects()) {
      summary.put("similarity", options.detection().similarity());
      summary.put("window_days", options.detection().windowDays());
    }
    summary.put("copies_counted", options.firstCopyOnly() ? "first" : "all");
    summary.put("stories", stories);
    summary.put("articles_with_copies", found == null ? 0 : found.articlesWithCopies());
    summary.put("stories_with_copies", found == null ? 0 : found.stories());
    summary.put("copy_pairs", found == null ? 0 : found.copyPairs());
    summary.put("candidate_pairs", found == null ? 0 : found.candidatePairs());
    return summary;
  }

  /**
   * The inputs to read: all of them when every file reads; without the unreadable ones when the
   * run quarantines them; otherwise the run fails naming the first (a user error, exit 2).
   */
  private static List<InputSpec> readableInputs(Prepared run, List<InputFileCheck.BadFile> bad, Configuration conf) {
    if (bad.isEmpty()) {
      return run.inputs();
    }
    for (InputFileCheck.BadFile file : bad) {
      LOG.warn("unreadable input file {}: {}", file.path(), file.reason());
    }
    String first = "input file " + bad.get(0).path() + " is unreadable: " + bad.get(0).reason()
        + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more unreadable files)" : "");
    if (!run.options().quarantineBadFiles()) {
      throw new InvalidInputException(first + "; remove it, or pass --bad-files quarantine to skip such files"
          + " and list them in the manifest");
    }
    List<InputSpec> kept = InputFileCheck.without(run.inputs(), bad, conf);
    if (kept.isEmpty()) {
      throw new InvalidInputException(first + "; no readable input is left");
    }
    return kept;
  }

  /**
   * (input_file, ordinal) of every accepted record whose id an earlier record already has: the
   * first record wins, by input file then position. Ids are counted first, with no sort; only the
   * repeated ones are ranked.
   */
  private static Dataset<Row> laterRecordsOfRepeatedIds(Dataset<Row> acceptedKeys) {
    Dataset<Row> repeatedIds = acceptedKeys.groupBy("id").count().filter(col("count").gt(1)).select("id");
    return acceptedKeys.join(repeatedIds, "id")
        .withColumn("_rank", row_number().over(Window.partitionBy("id").orderBy("input_file", "ordinal")))
        .filter(col("_rank").gt(1)).select("input_file", "ordinal");
  }

  private static String since(Instant start) {
    return String.format(java.util.Locale.ROOT, "%.1f", java.time.Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }

  /** Invalid records with their reason, and later records of a repeated id as {@code duplicate_id}. */
  private static Dataset<Row> rejectedTable(Dataset<Row> records, Dataset<Row> duplicates) {
    Dataset<Row> invalid = records.filter(col("reason").isNotNull())
        .select(col("reason"), col("detail"), col("input_file"), col("id").as("record_id"), col("raw"));
    Dataset<Row> repeated = duplicates.select(
        lit(RejectReason.DUPLICATE_ID.code()).as("reason"),
        concat(lit("id '"), col("id"), lit("' already read; the first record is kept")).as("detail"),
        col("input_file"), col("id").as("record_id"),
        to_json(struct(col("id"), col("published_date").cast("string").as("published"), col("source"), col("title"),
            col("text"), col("url"), col("language"))).as("raw"));
    return invalid.unionByName(repeated);
  }
}
