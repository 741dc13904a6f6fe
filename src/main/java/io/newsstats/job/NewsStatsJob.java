package io.newsstats.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import io.newsstats.input.ArticleReader;
import io.newsstats.input.InputResolver;
import io.newsstats.input.InputSpec;
import io.newsstats.input.RejectReason;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.NlpStage;
import io.newsstats.output.OutputLocation;
import io.newsstats.output.RunManifest;
import io.newsstats.output.TableWriter;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.stats.StatsTables;
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
  public record Prepared(JobOptions options, List<InputSpec> inputs, OutputLocation output) {}

  public static Prepared prepare(JobOptions options, Configuration hadoopConf) {
    List<InputSpec> inputs = new InputResolver(hadoopConf).resolve(options.inputs(), options.format());
    return new Prepared(options, inputs, OutputLocation.open(options.output(), hadoopConf));
  }

  public static RunManifest run(SparkSession spark, JobOptions options) throws IOException {
    return run(spark, prepare(options, spark.sparkContext().hadoopConfiguration()));
  }

  public static RunManifest run(SparkSession spark, Prepared run) throws IOException {
    Instant started = Instant.now();
    run.output().deleteManifest();
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    Lexicon lexicon = Lexicon.bundledVader();
    NlpStage nlp = run.options().engine().stage(spark,
        new ArticleAnalyzer(new EntityLinker(kb, gazetteer), lexicon), gazetteer);

    Dataset<Row> records = new ArticleReader(spark, run.options().defaultDate()).read(run.inputs());
    // The first record of an id wins: first by input file, then by position in the file. Ranking
    // runs on (id, file, position) only, so the article texts are not shuffled.
    Dataset<Row> later = records.filter(col("reason").isNull()).select("id", "input_file", "ordinal")
        .withColumn("_rank", row_number().over(Window.partitionBy("id").orderBy("input_file", "ordinal")))
        .filter(col("_rank").gt(1)).select("input_file", "ordinal")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> accepted = records.filter(col("reason").isNull());
    long duplicateCount = later.count();
    // Most corpora have no duplicates: then the articles need no join at all.
    Dataset<Row> articles = duplicateCount == 0 ? accepted
        : accepted.join(later, new String[] {"input_file", "ordinal"}, "left_anti");
    Dataset<Row> duplicates = accepted.join(later, new String[] {"input_file", "ordinal"}, "left_semi");

    TableWriter writer = new TableWriter(spark, run.output());
    writer.write("rejected", rejectedTable(records, duplicates));

    Dataset<Row> analysis = nlp.analyze(articles).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> mentions = StatsTables.mentions(analysis).persist(StorageLevel.MEMORY_AND_DISK());
    writer.write("mentions", mentions.orderBy("published_date", "article_id", "begin"));
    writer.write("article_tone", StatsTables.articleTone(analysis).orderBy("published_date", "article_id"));
    writer.writeByMonth("country_stats", StatsTables.countryStats(mentions));
    writer.writeByMonth("leader_stats", StatsTables.leaderStats(mentions));
    writer.writeByMonth("country_pairs", StatsTables.countryPairs(analysis));

    Map<String, Long> rejectedByReason = new TreeMap<>();
    long read = 0;
    for (Row row : records.groupBy("reason").count().collectAsList()) {
      read += row.getLong(1);
      if (!row.isNullAt(0)) {
        rejectedByReason.put(row.getString(0), row.getLong(1));
      }
    }
    long processed = writer.rowCounts().get("article_tone");
    Row unresolvedRow = analysis.agg(sum("unresolved_mentions")).first();
    long unresolved = unresolvedRow.isNullAt(0) ? 0 : unresolvedRow.getLong(0);
    RunManifest manifest = new RunManifest(BuildInfo.version(), kb.version(), spark.version(),
        BuildInfo.sparkNlpVersion(), run.options().engine().lowerName(), spark.sparkContext().master(), started,
        Instant.now(),
        run.inputs().stream().map(i -> Map.<String, Object>of("path", i.path(), "format", i.format().lowerName(),
            "bytes", i.bytes())).toList(),
        read, processed, rejectedByReason, duplicateCount, processed, unresolved, writer.rowCounts());
    run.output().writeManifest(manifest.toJson());
    mentions.unpersist();
    analysis.unpersist();
    later.unpersist();
    LOG.info("wrote {} tables to {}", writer.rowCounts().size(), run.output().root());
    return manifest;
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
