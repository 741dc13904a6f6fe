package io.newsstats.cli;

import io.newsstats.input.InputFormat;
import io.newsstats.input.RecordParser;
import io.newsstats.input.InvalidInputException;
import io.newsstats.job.BuildInfo;
import io.newsstats.job.JobOptions;
import io.newsstats.job.JvmMemory;
import io.newsstats.job.SparkDefaults;
import io.newsstats.job.NewsStatsJob;
import io.newsstats.job.ToneModelLoader;
import io.newsstats.job.NothingNewException;
import io.newsstats.kb.ReferenceDataException;
import io.newsstats.nlp.NlpEngine;
import io.newsstats.output.InvalidOutputException;
import io.newsstats.output.NioLocalFileSystem;
import io.newsstats.output.RunManifest;
import io.newsstats.stories.StoryDetection;
import io.newsstats.stories.StoryOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code news-stats} command: options in, a run of {@link NewsStatsJob}, one summary line out.
 * The cluster jar's main class. The evaluation, training and benchmark commands live in the
 * newsstats-tools module, whose {@code ToolsCli} adds them to this command for local use.
 */
@Command(name = "news-stats", mixinStandardHelpOptions = true, versionProvider = NewsStatsCli.Version.class,
    subcommands = {KbCheckCommand.class},
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Counts the countries and political leaders news articles mention, with the tone of the text"
        + " toward each, and writes daily statistics as Parquet.")
public final class NewsStatsCli implements Callable<Integer> {
  static final int USAGE_ERROR = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  // Required for a run, checked in call(): picocli would otherwise demand them for subcommands too.
  @Option(names = {"-i", "--input"}, paramLabel = "PATH",
      description = "File, directory or glob (file:, hdfs:, s3a: ...). Repeatable.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory; its tables are replaced on every run.")
  String output;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto (by extension), jsonl, parquet or text. Default: ${DEFAULT-VALUE}.")
  String format;

  static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }

  @Option(names = "--default-date", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for plain-text files, which carry none.")
  LocalDate defaultDate;

  @Option(names = "--engine", defaultValue = "fast", paramLabel = "ENGINE",
      description = "NLP execution: fast (one pass of our own, default) or spark-nlp (Spark NLP's annotators).")
  String engine;

  @Option(names = "--kb", paramLabel = "DIR",
      description = "Folder with your own countries.csv, leaders.csv, tenures.csv and/or blockers.csv: "
          + "rows replace the bundled rows with the same id (a leader's tenures all together) or add new ones.")
  String referenceDir;

  @Option(names = "--surnames", defaultValue = "article", paramLabel = "article|run",
      description = "A person named by surname alone: article (default: joins a full name in the same article) or"
          + " run (also the one full name with that family name in other articles of the run published within"
          + " 30 days; one more pass over the analysis, 7-21%% slower on 20,000 articles). See docs/names.md.")
  String surnames;

  @Option(names = "--language", defaultValue = "detect", paramLabel = "detect|en",
      description = "Records that name no language: detect (default: identify it; other languages than English are"
          + " rejected as unsupported_language) or en (the corpus is known to be English: no detection).")
  String language;

  @Option(names = "--tone-model", defaultValue = ToneModelLoader.DEFAULT, paramLabel = "MODEL",
      description = "Tone toward each mention: encoder (BGE-small fine-tuned on NewsMTSC: more accurate, slower), linear (a linear"
          + " model over lexicon features; 'bundled' is its old name), none (the clause rules), or a model file:"
          + " a .tsv.gz from train-sentiment or a tone-encoder .onnx from jobs/train-tone-encoder. Default:"
          + " ${DEFAULT-VALUE}.")
  String toneModel;

  @Option(names = "--ner", defaultValue = "bundled", paramLabel = "NER",
      description = "People and organisations (PERSON and ORG mentions, person_stats and org_stats): bundled (default:"
          + " the name tagger shipped with the job), none, or a NER model folder (from train-ner, or a Models Hub"
          + " NerDLModel with its embeddings).")
  String nerDir;

  @Option(names = "--bad-files", defaultValue = "fail", paramLabel = "POLICY",
      description = "An input file that cannot be read to its end (truncated or corrupt gzip or Parquet): fail"
          + " (default: the run stops, naming it, and the output is untouched) or quarantine (skipped and listed"
          + " in the manifest's quarantined_files).")
  String badFiles;

  @Option(names = "--stories", defaultValue = "on", paramLabel = "on|off",
      description = "Find syndicated copies (near-duplicate bodies) and give every article the story_id of its"
          + " story's earliest copy (default on; off: every article is its own story).")
  String storiesMode;

  @Option(names = "--story-similarity", defaultValue = "0.5", paramLabel = "S",
      description = "Estimated Jaccard similarity of two bodies' 4-word shingles from which they are one story"
          + " (default 0.5).")
  double storySimilarity;

  @Option(names = "--story-window-days", defaultValue = "7", paramLabel = "N",
      description = "Copies of one story are published at most N days apart (default 7).")
  int storyWindowDays;

  @Option(names = "--copies", defaultValue = "all", paramLabel = "all|first",
      description = "What the daily tables count: all (default) every copy of a story, or first: only each"
          + " story's earliest copy.")
  String copies;

  @Option(names = "--incremental",
      description = "Add to the existing --output: read only the input files it has not read (known by checksum),"
          + " append their articles, rewrite the month partitions they fall in, keep every story id. Without it a"
          + " run replaces the output.")
  boolean incremental;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: the one spark-submit gives, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Spark configuration, as spark-submit's --conf. Repeatable.")
  Map<String, String> sparkConf = new java.util.LinkedHashMap<>();

  public static void main(String[] args) {
    launch(args);
  }

  /** Runs the command line, with any further subcommands (the tools add theirs), and exits with its status. */
  public static void launch(String[] args, Object... subcommands) {
    JvmMemory.startSampling();
    int status = run(List.of(subcommands), args);
    if (status != 0 || !driverInsideYarnApplicationMaster(System.getProperties())) {
      System.exit(status);
    }
  }

  /**
   * In YARN cluster mode the driver runs in the ApplicationMaster, which reports success only when
   * main returns: a System.exit(0) there is reported as "Shutdown hook called before final status
   * was reported" and the application FAILED. The ApplicationMaster sets these two properties.
   */
  static boolean driverInsideYarnApplicationMaster(java.util.Properties system) {
    return "yarn".equals(system.getProperty("spark.master"))
        && "cluster".equals(system.getProperty("spark.submit.deployMode"));
  }

  static int run(String... args) {
    return run(List.of(), args);
  }

  /** The exit status; a user's mistake gets one line on stderr, from this command or a subcommand. */
  public static int run(List<Object> subcommands, String... args) {
    CommandLine cli = new CommandLine(new NewsStatsCli());
    subcommands.forEach(cli::addSubcommand);
    // A date the user typed gets a sentence, not the parser's exception ("'2024-13-45' is not a date").
    cli.registerConverter(LocalDate.class, NewsStatsCli::parseDate);
    cli.setParameterExceptionHandler((e, a) -> fail(e.getMessage() + " (see --help)"));
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof InvalidInputException || e instanceof InvalidOutputException
          || e instanceof ReferenceDataException || e instanceof IllegalArgumentException) {
        return fail(e.getMessage());
      }
      throw e;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (inputs == null || inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--input=PATH'");
    }
    if (output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--output=DIR'");
    }
    if (!badFiles.equals("fail") && !badFiles.equals("quarantine")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--bad-files " + badFiles + ": expected fail or quarantine");
    }
    if (!surnames.equals("article") && !surnames.equals("run")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--surnames " + surnames + ": expected article or run");
    }
    if (!language.equals("detect") && !language.equals("en")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--language " + language + ": expected detect or en (only English is analysed)");
    }
    StoryOptions stories = storyOptions();
    SparkSettings.checkMaster(master);
    SparkSettings.checkConf(sparkConf);
    JobOptions options = new JobOptions(inputs, output, InputFormat.parse(format), defaultDate,
        NlpEngine.parse(engine), referenceDir, toneModel, nerDir, badFiles.equals("quarantine"), stories, incremental,
        language.equals("en") ? RecordParser.LanguagePolicy.ENGLISH : RecordParser.LanguagePolicy.DETECT,
        surnames.equals("run"));
    // Inputs and output are checked before Spark starts, so mistakes cost a second, not a cluster.
    NewsStatsJob.Prepared prepared = NewsStatsJob.prepare(options, jobHadoopConfiguration());
    try {
      SparkSession spark = startSession(prepared.inputs().stream().mapToLong(i -> i.bytes()).sum());
      boolean ran = false;
      try {
        try {
          RunManifest manifest = NewsStatsJob.run(spark, prepared);
          System.out.println(summary(manifest, prepared.output().root()));
        } catch (NothingNewException nothing) {
          System.out.println("newsstats: " + nothing.getMessage());
        }
        ran = true;
        return 0;
      } finally {
        spark.stop();
        // Read by jobs/bench; useful to anyone sizing driver memory. Not after a failure, whose
        // message is the one line on stderr.
        if (ran) {
          System.err.println("news-stats: peak_heap_mb=" + JvmMemory.peakHeapMb());
        }
      }
    } finally {
      prepared.output().discard();
    }
  }

  private StoryOptions storyOptions() {
    if (!storiesMode.equals("on") && !storiesMode.equals("off")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--stories " + storiesMode + ": expected on or off");
    }
    if (!copies.equals("all") && !copies.equals("first")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--copies " + copies + ": expected all or first");
    }
    if (storiesMode.equals("off")) {
      if (copies.equals("first")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--copies first needs --stories on");
      }
      return StoryOptions.OFF;
    }
    if (!(storySimilarity > 0 && storySimilarity <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--story-similarity " + storySimilarity + ": expected a number above 0 and at most 1");
    }
    if (storyWindowDays < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--story-window-days " + storyWindowDays + ": expected 0 or more");
    }
    return new StoryOptions(new StoryDetection.Settings(storySimilarity, storyWindowDays), copies.equals("first"));
  }

  /** The session, or one line naming why Spark would not start with the given settings. */
  private SparkSession startSession(long inputBytes) {
    try {
      return session(inputBytes);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Spark did not start with the given --master/--conf settings: "
          + SparkSettings.firstLine(e));
    }
  }

  /** A Spark session with the job's defaults and the user's --master and --conf settings. */
  public SparkSession session() {
    return session(0);
  }

  SparkSession session(long inputBytes) {
    SparkSession.Builder builder = SparkDefaults.builder("newsstats", effectiveMaster(), inputBytes, this::userSets);
    sparkConf.forEach(builder::config);
    return builder.getOrCreate();
  }

  private static final String FILE_IMPL = "fs.file.impl";



  private String effectiveMaster() {
    return master != null ? master : System.getProperty("spark.master", "local[*]");
  }

  /** In local mode, unless the user chose a file system class for file: paths. */
  private boolean usesNioLocalFiles() {
    return effectiveMaster().startsWith("local") && !userSets("spark.hadoop." + FILE_IMPL);
  }

  /** Whether the user gave this Spark setting, as a --conf or a system property (spark-submit's --conf). */
  private boolean userSets(String key) {
    return System.getProperty(key) != null || sparkConf.containsKey(key);
  }

  /**
   * The Hadoop settings the job's checks run with before Spark starts. The local file system class
   * must match the session's: Hadoop caches one instance per scheme, and the first one made wins.
   */
  public Configuration jobHadoopConfiguration() {
    Configuration conf = hadoopConfiguration();
    if (usesNioLocalFiles()) {
      conf.set(FILE_IMPL, NioLocalFileSystem.class.getName());
    }
    return conf;
  }

  /** Hadoop settings as Spark would see them: spark.hadoop.* properties that spark-submit passes. */
  public static Configuration hadoopConfiguration() {
    Configuration conf = new Configuration();
    for (Map.Entry<Object, Object> p : System.getProperties().entrySet()) {
      String key = p.getKey().toString();
      if (key.startsWith("spark.hadoop.")) {
        conf.set(key.substring("spark.hadoop.".length()), p.getValue().toString());
      }
    }
    return conf;
  }

  static String summary(RunManifest m, String output) {
    if (m.runs().size() > 1) {
      return incrementalSummary(m, output);
    }
    double seconds = Math.max(0.001, Duration.between(m.startedAt(), m.finishedAt()).toMillis() / 1000.0);
    return String.format(Locale.ROOT,
        "newsstats: %d records read, %d accepted, %d rejected, %d duplicates; %d mentions; %.1f s, %.1f articles/s,"
            + " %.3f MB/s -> %s",
        m.read(), m.accepted(), m.rejected(), m.duplicates(), m.tableRows().getOrDefault("mentions", 0L), seconds,
        m.articlesProcessed() / seconds, m.inputBytes() / 1e6 / seconds, output);
  }

  /** An incremental run: what it added, then what the output now holds. */
  @SuppressWarnings("unchecked")
  static String incrementalSummary(RunManifest m, String output) {
    Map<String, Object> run = m.thisRun();
    Map<String, Object> records = (Map<String, Object>) run.get("records");
    long rejected = ((Map<String, Number>) records.get("rejected_by_reason")).values().stream()
        .mapToLong(Number::longValue).sum();
    double seconds = Math.max(0.001, Duration.between(m.startedAt(), m.finishedAt()).toMillis() / 1000.0);
    return String.format(Locale.ROOT,
        "newsstats: run %s added %s new input files (%d already read): %s records read, %s accepted, %d rejected,"
            + " %s duplicates; months rewritten %s; %.1f s. The output now holds %d articles from %d runs -> %s",
        run.get("run"), run.get("files_read"), ((List<?>) run.get("files_skipped")).size(), records.get("read"),
        records.get("accepted"), rejected, records.get("duplicates"), run.get("months_rewritten"), seconds,
        m.articlesProcessed(), m.runs().size(), output);
  }

  private static int fail(String message) {
    String firstLine = message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    System.err.println("news-stats: " + firstLine);
    return USAGE_ERROR;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsstats " + BuildInfo.version() + " (Spark NLP " + BuildInfo.sparkNlpVersion() + ")"};
    }
  }
}
