package io.newsstats.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.newsstats.input.ArticleReader;
import io.newsstats.input.IncrementalInputs;
import io.newsstats.input.InputFiles;
import io.newsstats.input.InputFiles.InputFile;
import io.newsstats.input.InputFileCheck;
import io.newsstats.input.InputResolver;
import io.newsstats.input.InputSpec;
import io.newsstats.input.RecordParser;
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
import io.newsstats.sentiment.ToneModel;
import io.newsstats.stats.PersonSurnames;
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
      ToneModel toneModel, NerModel.Location ner, EarlierRuns earlier) {}

  public static Prepared prepare(JobOptions options, Configuration hadoopConf) {
    List<InputSpec> inputs = new InputResolver(hadoopConf).resolve(options.inputs(), options.format());
    KnowledgeBase kb = ReferenceData.load(options.referenceDir(), hadoopConf);
    ToneModel toneModel = ToneModelLoader.load(options.toneModel(), hadoopConf);
    NerModel.Location ner = options.nerDir() == null ? null : NerModel.locate(options.nerDir(), hadoopConf);
    checkOutputApartFromInputs(options.output(), inputs, hadoopConf);
    OutputLocation output = OutputLocation.open(options.output(), hadoopConf);
    EarlierRuns earlier = null;
    if (options.incremental()) {
      try {
        String manifest = output.liveManifest();
        if (manifest != null) {
          earlier = EarlierRuns.parse(manifest, options.output());
          earlier.requireSameSettings(settings(options, kb), options.output());
        } else {
          LOG.info("--incremental: {} holds no output yet, so this run reads every input", options.output());
        }
      } catch (IOException e) {
        output.discard();
        throw new io.newsstats.output.InvalidOutputException("cannot read the manifest of " + options.output() + ": "
            + e.getMessage());
      } catch (RuntimeException e) {
        output.discard();
        throw e;
      }
    }
    return new Prepared(options, inputs, output, kb, toneModel, ner, earlier);
  }

  /** The options the tables depend on, as the manifest records them: every run of one output shares them. */
  static Map<String, Object> settings(JobOptions options, KnowledgeBase kb) {
    Map<String, Object> settings = new java.util.LinkedHashMap<>();
    settings.put("engine", options.engine().lowerName());
    settings.put("ner", String.valueOf(options.ner()));
    settings.put("tone_model", ToneModelLoader.canonical(options.toneModel()));
    settings.put("reference_data_version", kb.version());
    // null when not given (a JSON null, not the string "null")
    settings.put("default_date", options.defaultDate() == null ? null : options.defaultDate().toString());
    StoryOptions stories = options.stories();
    settings.put("stories", stories.detects() ? "minhash" : "off");
    settings.put("story_similarity", stories.detects() ? String.valueOf(stories.detection().similarity()) : "-");
    settings.put("story_window_days", stories.detects() ? String.valueOf(stories.detection().windowDays()) : "-");
    settings.put("copies", stories.firstCopyOnly() ? "first" : "all");
    settings.put("language", options.languages() == RecordParser.LanguagePolicy.ENGLISH ? "en" : "detect");
    settings.put("surnames", options.surnamesAcrossArticles() ? "run" : "article");
    return settings;
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

  /** Tables added to row by row, replaced whole, and rewritten month by month. */
  private static final List<String> APPENDED = List.of("mentions", "article_tone", "rejected", "story_signatures");
  private static final List<String> REPLACED = List.of("stories");

  /**
   * The run as its steps: choose the input files, read and validate their records, drop later
   * records of repeated ids, find stories, analyse the articles, write the tables, and commit them
   * with the manifest.
   */
  private static RunManifest runStaged(SparkSession spark, Prepared run) throws IOException {
    Instant started = Instant.now();
    // Files first: an unreadable one is the run's only line on stderr, before any progress line.
    FilesToRead files = filesToRead(spark, run);
    NlpStage nlp = analysisStage(spark, run, started);
    Records records = readAndValidate(spark, run, files);
    Deduplicated articles = deduplicate(spark, run, files, records, started);
    StoryDetection.Result stories = findStories(spark, run, articles.articles(), started);
    Written written = analyseAndWrite(spark, run, nlp, records, articles, stories);
    RunManifest manifest = manifest(spark, run, started, files, records, articles, stories, written);
    // Cached data first: after the swap its files would point into a renamed directory.
    articles.later().unpersist();
    records.keys().unpersist();
    records.records().unpersist();
    commit(run, manifest, written);
    return manifest;
  }

  /** The NLP stage with the linker and tone model over the reference data. */
  private static NlpStage analysisStage(SparkSession spark, Prepared run, Instant started) {
    KnowledgeBase kb = run.kb();
    Gazetteer gazetteer = Gazetteer.build(kb);
    Lexicon lexicon = Lexicon.bundledVader();
    NlpStage nlp = run.options().engine().stage(spark,
        new ArticleAnalyzer(new EntityLinker(kb, gazetteer), lexicon,
            // One ONNX Runtime thread per core a task holds: tasks run side by side on an executor's cores.
            run.toneModel().withThreads(spark.sparkContext().conf().getInt("spark.task.cpus", 1)),
            run.options().bundledNames()),
        gazetteer);
    LOG.info("reference data: {} countries, {} leaders, {} gazetteer phrases, {} lexicon words ({} s)",
        kb.countries().size(), kb.leaders().size(), gazetteer.phrases().size(), lexicon.size(), since(started));
    return nlp;
  }

  /** The files this run reads (all of them, or in an incremental run those not read before) and the unreadable ones. */
  private record FilesToRead(List<InputSpec> inputs, List<InputFile> read, List<IncrementalInputs.Skipped> skipped,
      List<InputFileCheck.BadFile> bad) {}

  private static FilesToRead filesToRead(SparkSession spark, Prepared run) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    EarlierRuns earlier = run.earlier();
    Map<String, InputFile> known = new java.util.HashMap<>();
    if (earlier != null) {
      earlier.inputFiles().forEach(f -> known.put(f.path(), f));
    }
    List<InputFile> files = InputFiles.withChecksums(spark, InputFiles.list(run.inputs(), conf), known);
    List<IncrementalInputs.Skipped> skipped = List.of();
    List<InputSpec> toRead = run.inputs();
    if (earlier != null) {
      IncrementalInputs.Plan plan = IncrementalInputs.plan(earlier.inputFiles(), files);
      if (plan.nothingNew()) {
        throw new NothingNewException("nothing new: all " + files.size() + " input files were read by an earlier"
            + " run of " + run.output().root() + " (" + plan.skipped().get(0).path() + ": "
            + plan.skipped().get(0).reason() + (files.size() > 1 ? ", ..." : "") + "); output unchanged");
      }
      skipped = plan.skipped();
      files = plan.added();
      toRead = files.stream().map(InputFile::spec).toList();
      LOG.info("--incremental: {} new input files, {} read by earlier runs", files.size(), skipped.size());
    }
    List<InputFileCheck.BadFile> badFiles = InputFileCheck.unreadable(spark, toRead);
    List<InputSpec> inputs = readableInputs(run, toRead, badFiles, conf);
    java.util.Set<String> unread = new java.util.HashSet<>();
    badFiles.forEach(b -> unread.add(b.path()));
    return new FilesToRead(inputs, files.stream().filter(f -> !unread.contains(f.path())).toList(), skipped, badFiles);
  }

  /** Every record read with its verdict, and the counts by reason and language (kept: later steps read them). */
  private record Records(Dataset<Row> records, Dataset<Row> keys, long read, Map<String, Long> rejectedByReason,
      LanguageCounts languages) {}

  private static Records readAndValidate(SparkSession spark, Prepared run, FilesToRead files) {
    Dataset<Row> records = new ArticleReader(spark, run.options().defaultDate(), run.options().languages())
        .read(files.inputs()).persist(StorageLevel.MEMORY_AND_DISK_SER());
    // Every record's key and verdict, without its text: small enough to keep for the counts.
    Dataset<Row> keys = records.select("reason", "id", "input_file", "ordinal", "language", "language_uncertain")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> rejectedByReason = new TreeMap<>();
    LanguageCounts languageCounts = new LanguageCounts();
    long read = 0;
    for (Row row : keys.groupBy("reason", "language", "language_uncertain").count().collectAsList()) {
      read += row.getLong(3);
      if (!row.isNullAt(0)) {
        rejectedByReason.merge(row.getString(0), row.getLong(3), Long::sum);
      }
      languageCounts.add(row.isNullAt(0) ? null : row.getString(0), row.isNullAt(1) ? null : row.getString(1),
          !row.isNullAt(2) && row.getBoolean(2), row.getLong(3));
    }
    return new Records(records, keys, read, rejectedByReason, languageCounts);
  }

  /** The articles to analyse, and the later records of repeated ids (kept, with their count). */
  private record Deduplicated(Dataset<Row> articles, Dataset<Row> duplicates, Dataset<Row> later, long count) {}

  private static Deduplicated deduplicate(SparkSession spark, Prepared run, FilesToRead files, Records records,
      Instant started) {
    Dataset<Row> acceptedKeys = records.keys().filter(col("reason").isNull());
    Dataset<Row> repeated = laterRecordsOfRepeatedIds(acceptedKeys);
    if (run.earlier() != null) {
      // An id an earlier run accepted is kept as that run read it: the first record wins.
      Dataset<Row> earlierIds = spark.read().parquet(run.output().live("article_tone")).select(col("article_id").as("id"));
      repeated = repeated.unionByName(acceptedKeys.join(earlierIds, "id", "left_semi").select("input_file", "ordinal"))
          .distinct();
    }
    Dataset<Row> later = repeated.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> accepted = records.records().filter(col("reason").isNull());
    long duplicateCount = later.count();
    LOG.info("inputs read: {} records, {} duplicates ({} s)", records.read(), duplicateCount, since(started));
    // Most corpora have no duplicates: then neither the articles nor the rejected table need a join.
    String[] position = {"input_file", "ordinal"};
    // A repeated record's raw text as read (accepted rows keep none): its input is read again, only then.
    Dataset<Row> duplicates = duplicateCount == 0 ? accepted.limit(0)
        : accepted.drop("raw").join(later, position, "left_semi")
            .join(new ArticleReader(spark, run.options().defaultDate(), run.options().languages()).raw(files.inputs()),
                position);
    return new Deduplicated(duplicateCount == 0 ? accepted : accepted.join(later, position, "left_anti"),
        duplicates, later, duplicateCount);
  }

  private static StoryDetection.Result findStories(SparkSession spark, Prepared run, Dataset<Row> articles,
      Instant started) {
    StoryOptions storyOptions = run.options().stories();
    if (!storyOptions.detects()) {
      return null;
    }
    StoryDetection.Result stories = StoryDetection.detect(spark, articles, storyOptions.detection(),
        run.earlier() == null ? null : spark.read().parquet(run.output().live("story_signatures")));
    LOG.info("stories: {} articles are copies in {} stories ({} comparisons, {} copy pairs) ({} s)",
        stories.articlesWithCopies(), stories.stories(), stories.comparisons(), stories.copyPairs(), since(started));
    return stories;
  }

  /** What the tables hold, as the manifest and the commit need it. */
  private record Written(Map<String, Long> tableRows, List<String> monthTables, List<String> months,
      long unresolved, Map<String, Long> vetoes, Map<String, Long> stagedRows) {}

  /** Analyses the articles and writes every table into the staging directory. */
  private static Written analyseAndWrite(SparkSession spark, Prepared run, NlpStage nlp, Records records,
      Deduplicated deduplicated, StoryDetection.Result stories) throws IOException {
    TableWriter writer = new TableWriter(run.output());
    Dataset<Row> rejected = rejectedTable(records.records(), deduplicated.duplicates());
    // A clean corpus has nothing to reject: write the empty table without scanning every record again.
    Dataset<Row> rejectedRows = records.rejectedByReason().isEmpty() && deduplicated.count() == 0
        ? spark.createDataFrame(List.of(), rejected.schema()) : rejected;
    Dataset<Row> nerTagged = null;
    Dataset<Row> articles = deduplicated.articles();
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
    Written written = writeTables(spark, run, writer, rejectedRows, analysis, stories);
    analysis.unpersist();
    if (nerTagged != null) {
      nerTagged.unpersist();
    }
    return written;
  }

  /** Writes the tables: the analysis first, then the daily tables from the written mentions, then stories. */
  private static Written writeTables(SparkSession spark, Prepared run, TableWriter writer, Dataset<Row> rejectedRows,
      Dataset<Row> analysis, StoryDetection.Result stories) throws IOException {
    OutputLocation output = run.output();
    EarlierRuns earlier = run.earlier();
    // Independent outputs run as concurrent Spark jobs: a small job's last stage is often one task,
    // and alone it leaves the other cores idle while it writes and commits its files.
    List<Runnable> firstWrites = new java.util.ArrayList<>(List.of(
        () -> writer.write("rejected", rejectedRows),
        // Sorted within each file (not globally): date-range readers skip row groups, no extra shuffle.
        () -> writer.write("mentions", mentionRows(run, analysis)
            .sortWithinPartitions("published_date", "article_id", "begin"))));
    if (stories != null) {
      firstWrites.add(() -> writer.write("story_signatures", stories.signatures()));
    }
    ConcurrentWrites.run(firstWrites.toArray(new Runnable[0]));
    if (stories != null) {
      stories.release().run();
    }
    // The daily tables read the written mentions back: a columnar scan of the columns they use is
    // cheaper than decoding the cached analysis with its sentences again for each table. An
    // incremental run recomputes the months its articles fall in, from their earlier and new mentions.
    Dataset<Row> newMentions = spark.read().parquet(output.table("mentions"));
    List<String> months = earlier == null ? List.of() : monthsOf(newMentions);
    Dataset<Row> allMentions = earlier == null ? newMentions
        : spark.read().parquet(output.live("mentions"), output.table("mentions")).filter(inMonths(months));
    // --copies first: the daily tables see each story's earliest copy only.
    Dataset<Row> mentions = run.options().stories().firstCopyOnly()
        ? allMentions.filter(col("article_id").equalTo(col("story_id"))) : allMentions;
    List<String> monthTables = new java.util.ArrayList<>(List.of("country_stats", "leader_stats", "country_pairs"));
    List<Runnable> writes = new java.util.ArrayList<>(List.of(
        () -> writer.write("article_tone",
            StatsTables.articleTone(analysis).sortWithinPartitions("published_date", "article_id")),
        () -> writer.writeByMonth("country_stats", StatsTables.countryStats(mentions)),
        () -> writer.writeByMonth("leader_stats", StatsTables.leaderStats(mentions)),
        () -> writer.writeByMonth("country_pairs", StatsTables.countryPairs(mentions))));
    if (run.ner() != null || run.options().bundledNames()) {
      writes.add(() -> writer.writeByMonth("person_stats", StatsTables.personStats(mentions)));
      writes.add(() -> writer.writeByMonth("org_stats", StatsTables.orgStats(mentions)));
      monthTables.addAll(List.of("person_stats", "org_stats"));
    }
    ConcurrentWrites.run(writes.toArray(new Runnable[0]));
    // From here on the article_tone of the whole output: earlier runs' rows and this run's.
    Dataset<Row> articleTone = earlier == null ? spark.read().parquet(output.table("article_tone"))
        : spark.read().parquet(output.live("article_tone"), output.table("article_tone"));
    writer.write("stories", StatsTables.stories(articleTone));
    return totals(spark, run, writer, monthTables, months);
  }

  /**
   * The mentions table's rows. With --surnames run, a surname alone joins a full name across articles:
   * it costs a pass over the kept analysis before the mentions are written (about 7% on 20,000 articles).
   */
  private static Dataset<Row> mentionRows(Prepared run, Dataset<Row> analysis) {
    Dataset<Row> mentions = StatsTables.mentions(analysis);
    boolean people = run.ner() != null || run.options().bundledNames();
    return people && run.options().surnamesAcrossArticles()
        ? PersonSurnames.apply(mentions, PersonSurnames.resolved(analysis)) : mentions;
  }

  /** Rows per table and the mention totals, of the whole output (an incremental run adds the earlier runs'). */
  private static Written totals(SparkSession spark, Prepared run, TableWriter writer, List<String> monthTables,
      List<String> months) throws IOException {
    OutputLocation output = run.output();
    EarlierRuns earlier = run.earlier();
    Map<String, Long> tableRows = earlier == null ? writer.rowCounts()
        : combinedRowCounts(spark, output, earlier, writer.rowCounts(), monthTables, months);
    // From this run's written rows, so the articles are not analysed once more for two numbers; an
    // incremental run adds them to the earlier runs' totals instead of reading the whole table.
    Dataset<Row> runTone = spark.read().parquet(output.table("article_tone"));
    Row unresolvedRow = runTone.agg(sum("unresolved_mentions")).first();
    long unresolved = (unresolvedRow.isNullAt(0) ? 0 : unresolvedRow.getLong(0))
        + (earlier == null ? 0 : earlier.unresolvedMentions());
    Map<String, Long> vetoes = new TreeMap<>(earlier == null ? Map.of() : earlier.nameVetoes());
    for (Row row : runTone.select(explode(col("name_vetoes")).as("reason")).groupBy("reason").count()
        .collectAsList()) {
      vetoes.merge(row.getString(0), row.getLong(1), Long::sum);
    }
    return new Written(tableRows, monthTables, months, unresolved, vetoes, writer.rowCounts());
  }

  /** The manifest: this run's record added to the earlier runs', and the whole output's counts. */
  private static RunManifest manifest(SparkSession spark, Prepared run, Instant started, FilesToRead files,
      Records records, Deduplicated deduplicated, StoryDetection.Result stories, Written written) {
    EarlierRuns earlier = run.earlier();
    KnowledgeBase kb = run.kb();
    long processed = written.tableRows().get("article_tone");
    String names = run.ner() != null ? "NerDL " + run.ner().dir()
        : run.options().bundledNames() ? "bundled name tagger" : "none";
    Instant finished = Instant.now();
    List<Map<String, Object>> inputList = files.inputs().stream().map(i -> Map.<String, Object>of("path", i.path(),
        "format", i.format().lowerName(), "bytes", i.bytes())).toList();
    List<Map<String, Object>> quarantined = quarantined(files);
    Map<String, Object> thisRun = runRecord(earlier, started, finished, files, inputList, quarantined);
    thisRun.put("records", recordCounts(records, deduplicated));
    if (earlier != null) {
      thisRun.put("months_rewritten", written.months());
    }
    thisRun.put("comparisons", stories == null ? 0 : stories.comparisons());
    thisRun.put("copy_pairs", stories == null ? 0 : stories.copyPairs());

    List<Map<String, Object>> runs = new java.util.ArrayList<>(earlier == null ? List.of() : earlier.runs());
    runs.add(thisRun);
    List<Map<String, Object>> inputFiles = new java.util.ArrayList<>();
    if (earlier != null) {
      earlier.inputFiles().forEach(f -> inputFiles.add(describe(f)));
    }
    files.read().forEach(f -> inputFiles.add(describe(f)));
    Map<String, Long> allRejected = new TreeMap<>(records.rejectedByReason());
    List<Map<String, Object>> allInputs = new java.util.ArrayList<>(inputList);
    List<Map<String, Object>> allQuarantined = new java.util.ArrayList<>(quarantined);
    long allRead = records.read();
    long allDuplicates = deduplicated.count();
    long comparisons = stories == null ? 0 : stories.comparisons();
    long copyPairs = stories == null ? 0 : stories.copyPairs();
    if (earlier != null) {
      earlier.rejectedByReason().forEach((reason, n) -> allRejected.merge(reason, n, Long::sum));
      allInputs = new java.util.ArrayList<>(earlier.inputs());
      for (Map<String, Object> input : inputList) {
        if (allInputs.stream().noneMatch(i -> input.get("path").equals(i.get("path")))) {
          allInputs.add(input);
        }
      }
      allRead += earlier.read();
      allDuplicates += earlier.duplicates();
      comparisons += earlier.comparisons();
      copyPairs += earlier.copyPairs();
    }
    return new RunManifest(BuildInfo.version(), kb.version(), spark.version(),
        BuildInfo.sparkNlpVersion(), run.options().engine().lowerName(),
        run.toneModel().description(),
        spark.sparkContext().master(), started, finished, allInputs, allQuarantined,
        allRead, processed, allRejected, allDuplicates, processed, written.unresolved(), names, written.vetoes(),
        storySummary(run.options().stories(), run.output().table("stories"), spark, written.tableRows().get("stories"),
            comparisons, copyPairs),
        written.tableRows(), settings(run.options(), kb), inputFiles, runs);
  }

  private static List<Map<String, Object>> quarantined(FilesToRead files) {
    return files.bad().stream().map(b -> {
      Map<String, Object> file = new java.util.LinkedHashMap<>();
      file.put("path", b.path());
      file.put("reason", b.reason());
      return file;
    }).toList();
  }

  /** This run's entry in the manifest's list of runs: when, what it read and skipped (its counts are added after). */
  private static Map<String, Object> runRecord(EarlierRuns earlier, Instant started, Instant finished,
      FilesToRead files, List<Map<String, Object>> inputList, List<Map<String, Object>> quarantined) {
    Map<String, Object> thisRun = new java.util.LinkedHashMap<>();
    thisRun.put("run", earlier == null ? 1 : earlier.runs().size() + 1);
    thisRun.put("mode", earlier == null ? "full" : "incremental");
    thisRun.put("job_version", BuildInfo.version());
    thisRun.put("started_at", started.toString());
    thisRun.put("finished_at", finished.toString());
    thisRun.put("inputs", inputList);
    thisRun.put("files_read", files.read().size());
    thisRun.put("files_skipped", files.skipped().stream().map(f -> Map.<String, Object>of("path", f.path(), "reason",
        f.reason())).toList());
    thisRun.put("quarantined_files", quarantined);
    return thisRun;
  }

  /** Every record of this run accounted for: read = accepted + rejected + duplicates. */
  private static Map<String, Object> recordCounts(Records records, Deduplicated deduplicated) {
    Map<String, Object> counts = new java.util.LinkedHashMap<>();
    counts.put("read", records.read());
    counts.put("accepted", records.read() - deduplicated.count()
        - records.rejectedByReason().values().stream().mapToLong(Long::longValue).sum());
    counts.put("rejected_by_reason", records.rejectedByReason());
    counts.put("duplicates", deduplicated.count());
    records.languages().putInto(counts);
    return counts;
  }

  /** Swaps the staged tables and the manifest into the output (a whole replacement, or an incremental update). */
  private static void commit(Prepared run, RunManifest manifest, Written written) throws IOException {
    OutputLocation output = run.output();
    if (run.earlier() == null) {
      output.commit(manifest.toJson());
    } else {
      List<String> appended = APPENDED.stream().filter(t -> written.tableRows().containsKey(t)).toList();
      output.commitUpdate(new OutputLocation.Update(appended, REPLACED, written.monthTables()), manifest.toJson());
    }
    LOG.info("wrote {} tables to {}", written.stagedRows().size(), output.root());
  }

  private static Map<String, Object> describe(InputFile file) {
    Map<String, Object> described = new java.util.LinkedHashMap<>();
    described.put("path", file.path());
    described.put("format", file.format().lowerName());
    described.put("bytes", file.bytes());
    described.put("modified_ms", file.modifiedMillis());
    described.put("sha256", file.sha256());
    return described;
  }

  /** The yyyy-MM months the mentions fall in. */
  private static List<String> monthsOf(Dataset<Row> mentions) {
    return mentions.select(date_format(col("published_date"), "yyyy-MM").as("month")).distinct()
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  /** Rows published in one of the months, as date ranges Parquet's row-group statistics can skip by. */
  private static org.apache.spark.sql.Column inMonths(List<String> months) {
    org.apache.spark.sql.Column any = lit(false);
    for (String month : months) {
      java.time.YearMonth m = java.time.YearMonth.parse(month);
      any = any.or(col("published_date").between(java.sql.Date.valueOf(m.atDay(1)),
          java.sql.Date.valueOf(m.atEndOfMonth())));
    }
    return any;
  }

  /**
   * The whole output's row counts after an incremental commit: appended tables add this run's
   * rows to the earlier count, replaced ones are this run's, and month tables lose the rows of the
   * months rewritten and gain their new rows.
   */
  private static Map<String, Long> combinedRowCounts(SparkSession spark, OutputLocation output, EarlierRuns earlier,
      Map<String, Long> staged, List<String> monthTables, List<String> months) throws IOException {
    Map<String, Long> rows = new TreeMap<>(staged);
    for (String table : APPENDED) {
      if (staged.containsKey(table)) {
        rows.put(table, earlier.tableRows().getOrDefault(table, 0L) + staged.get(table));
      }
    }
    for (String table : monthTables) {
      long replaced = 0;
      if (output.hasLive(table) && !months.isEmpty()) {
        Dataset<Row> stagedTable = spark.read().parquet(output.table(table));
        replaced = spark.read().schema(stagedTable.schema()).parquet(output.live(table))
            .filter(col("month").isin(months.toArray())).count();
      }
      rows.put(table, earlier.tableRows().getOrDefault(table, 0L) - replaced + staged.get(table));
    }
    return rows;
  }

  /**
   * The manifest's "stories": how copies were found and counted, and what the stories table holds
   * (counted from it, so an incremental run's figures are the whole output's).
   */
  private static Map<String, Object> storySummary(StoryOptions options, String storiesTable, SparkSession spark,
      long stories, long comparisons, long copyPairs) {
    Row withCopies = spark.read().parquet(storiesTable).filter(col("copies").gt(1))
        .agg(org.apache.spark.sql.functions.count(lit(1)), sum("copies")).first();
    Map<String, Object> summary = new java.util.LinkedHashMap<>();
    summary.put("detection", options.detects() ? "minhash" : "off");
    if (options.detects()) {
      summary.put("similarity", options.detection().similarity());
      summary.put("window_days", options.detection().windowDays());
    }
    summary.put("copies_counted", options.firstCopyOnly() ? "first" : "all");
    summary.put("stories", stories);
    summary.put("articles_with_copies", withCopies.isNullAt(1) ? 0L : withCopies.getLong(1));
    summary.put("stories_with_copies", withCopies.getLong(0));
    summary.put("copy_pairs", copyPairs);
    summary.put("comparisons", comparisons);
    return summary;
  }

  /**
   * The inputs to read: all of them when every file reads; without the unreadable ones when the
   * run quarantines them; otherwise the run fails naming the first (a user error, exit 2).
   */
  private static List<InputSpec> readableInputs(Prepared run, List<InputSpec> toRead, List<InputFileCheck.BadFile> bad,
      Configuration conf) {
    if (bad.isEmpty()) {
      return toRead;
    }
    String first = "input file " + bad.get(0).path() + " is unreadable: " + bad.get(0).reason()
        + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more unreadable files)" : "");
    if (!run.options().quarantineBadFiles()) {
      throw new InvalidInputException(first + "; remove it, or pass --bad-files quarantine to skip such files"
          + " and list them in the manifest");
    }
    for (InputFileCheck.BadFile file : bad) {
      LOG.warn("unreadable input file {} quarantined: {}", file.path(), file.reason());
    }
    List<InputSpec> kept = InputFileCheck.without(toRead, bad, conf);
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
        col("input_file"), col("id").as("record_id"), col("raw"));
    return invalid.unionByName(repeated);
  }
}
