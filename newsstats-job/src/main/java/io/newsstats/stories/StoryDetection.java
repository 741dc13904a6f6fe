package io.newsstats.stories;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Syndicated copies found at scale: a MinHash signature per article body ({@link MinHash}), band
 * keys grouped to find candidate pairs published within a few days of each other, candidates
 * kept when their signatures' estimated similarity reaches the threshold, then joined into stories
 * on the driver ({@link StoryClusters}: the pairs are few, one per copy or so). The signatures are
 * computed in Spark tasks; a window of up to {@link #LOCAL_SIGNATURES} of them (a day added to a
 * month, or a corpus of that size) is compared on the driver, a larger one in Spark tasks.
 */
public final class StoryDetection {
  /** Which articles count as copies of one story. */
  public record Settings(double similarity, int windowDays) {
    /** Measured on generated syndicated copies and on the BBC set: see the README's "Stories". */
    public static final Settings DEFAULT = new Settings(0.5, 7);

    public Settings {
      if (!(similarity > 0 && similarity <= 1)) {
        throw new IllegalArgumentException("story similarity must be in (0, 1], not " + similarity);
      }
      if (windowDays < 0) {
        throw new IllegalArgumentException("story window must be 0 days or more, not " + windowDays);
      }
    }
  }

  /**
   * Story ids of the articles that have a copy ({@link #STORY_IDS}); this run's articles' rows of
   * the {@code story_signatures} table ({@link #SIGNATURE_TABLE}), kept so that a later incremental
   * run can find copies of them; counts for the manifest. {@link #release} frees the cached
   * signatures once the rows are written.
   */
  public record Result(Dataset<Row> storyIds, Dataset<Row> signatures, long comparisons, long copyPairs,
      long articlesWithCopies, long stories, Runnable release) {}

  public static final StructType STORY_IDS = new StructType()
      .add("article_id", DataTypes.StringType, false).add("story_id", DataTypes.StringType, false)
      .add("story_date", DataTypes.DateType, false);

  /**
   * The {@code story_signatures} table: every article's signature with its story and the date of
   * the story's first copy. Story ids never change once written, so the rows are only appended.
   */
  public static final StructType SIGNATURE_TABLE = new StructType().add("article_id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("story_id", DataTypes.StringType)
      .add("story_date", DataTypes.DateType).add("signature", DataTypes.BinaryType);

  /**
   * Windows of at most this many signatures (this run's articles and the earlier ones within the
   * story window) are compared on the driver ({@link StoryCandidates#find}, about 1 KB of heap per
   * article): for a day added to 30 days of 6,400 a day, 57,000 signatures, the stories step takes
   * 3-4 s against 13-15 s with shuffles. Larger windows are compared in Spark tasks.
   */
  public static final long LOCAL_SIGNATURES = 100_000;

  /** Signatures of this run's articles (story null) and of earlier runs' (story known). */
  private static final StructType SIGNATURES = new StructType().add("id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("signature", DataTypes.BinaryType)
      .add("story_id", DataTypes.StringType).add("story_date", DataTypes.DateType);
  private static final StructType BANDS = new StructType().add("band_key", DataTypes.LongType)
      .add("id", DataTypes.StringType).add("published_date", DataTypes.DateType)
      .add("signature", DataTypes.BinaryType).add("story_id", DataTypes.StringType)
      .add("story_date", DataTypes.DateType);
  private static final StructType COMPARED = new StructType().add("a", DataTypes.StringType)
      .add("a_date", DataTypes.DateType).add("a_story", DataTypes.StringType).add("a_story_date", DataTypes.DateType)
      .add("b", DataTypes.StringType).add("b_date", DataTypes.DateType).add("b_story", DataTypes.StringType)
      .add("b_story_date", DataTypes.DateType).add("comparisons", DataTypes.LongType);

  private StoryDetection() {}

  /** {@code articles}: id, published_date and text of distinct articles. */
  public static Result detect(SparkSession spark, Dataset<Row> articles, Settings settings) {
    return detect(spark, articles, settings, null);
  }

  /**
   * As {@link #detect(SparkSession, Dataset, Settings)}, also finding copies among {@code earlier}
   * (rows of an earlier run's {@code story_signatures} table, or null): a new article that copies an
   * earlier one joins that article's story, under the id the earlier run gave it. Earlier articles
   * are read only within the window around the new articles' dates, and pairs of two earlier
   * articles are not looked at again.
   */
  public static Result detect(SparkSession spark, Dataset<Row> articles, Settings settings, Dataset<Row> earlier) {
    return detect(spark, articles, settings, earlier, LOCAL_SIGNATURES);
  }

  /**
   * As {@link #detect(SparkSession, Dataset, Settings, Dataset)}, comparing on the driver when the
   * window holds at most {@code localLimit} signatures (0: always in Spark tasks). Both ways find
   * the same pairs.
   */
  public static Result detect(SparkSession spark, Dataset<Row> articles, Settings settings, Dataset<Row> earlier,
      long localLimit) {
    Dataset<Row> signatures = articles.select("id", "published_date", "text")
        .map((MapFunction<Row, Row>) row -> RowFactory.create(row.getString(0), row.getDate(1),
            toBytes(MinHash.signature(row.getString(2))), null, null), Encoders.row(SIGNATURES))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    int window = settings.windowDays();
    Dataset<Row> all = signatures;
    if (earlier != null) {
      Row range = signatures.agg(min("published_date"), max("published_date")).first();
      if (!range.isNullAt(0)) {
        Date from = Date.valueOf(range.getDate(0).toLocalDate().minusDays(window));
        Date to = Date.valueOf(range.getDate(1).toLocalDate().plusDays(window));
        all = signatures.unionByName(earlier.filter(col("published_date").between(from, to))
            .select(col("article_id").as("id"), col("published_date"), col("signature"), col("story_id"),
                col("story_date")));
      }
    }
    double threshold = settings.similarity();
    StoryClusters clusters = new StoryClusters();
    long comparisons;
    long copyCount;
    if (all.count() <= localLimit) {
      List<StoryCandidates.Signed> signed = new ArrayList<>();
      for (Row row : all.collectAsList()) {
        signed.add(signed(row));
      }
      StoryCandidates.Found local = StoryCandidates.find(signed, window, threshold);
      for (StoryCandidates.Pair pair : local.copies()) {
        clusters.join(copy(pair.a()), copy(pair.b()));
      }
      comparisons = local.comparisons();
      copyCount = local.copies().size();
    } else {
      ComparedInSpark compared = compareInSpark(all, window, threshold);
      for (Row pair : compared.copies()) {
        clusters.join(copy(pair, 0), copy(pair, 4));
      }
      comparisons = compared.comparisons();
      copyCount = compared.copies().size();
    }
    Map<String, StoryClusters.Copy> found = clusters.stories();
    List<Row> rows = new ArrayList<>(found.size());
    found.forEach((article, story) -> rows.add(RowFactory.create(article, story.id(),
        Date.valueOf(story.published()))));
    long stories = found.values().stream().map(StoryClusters.Copy::id).distinct().count();
    Dataset<Row> storyIds = spark.createDataFrame(rows, STORY_IDS);
    Dataset<Row> ids = broadcast(storyIds.toDF("_article", "_story", "_story_date"));
    Dataset<Row> signatureRows = signatures.join(ids, col("id").equalTo(col("_article")), "left")
        .select(col("id").as("article_id"), col("published_date"),
            coalesce(col("_story"), col("id")).as("story_id"),
            coalesce(col("_story_date"), col("published_date")).as("story_date"), col("signature"));
    return new Result(storyIds, signatureRows, comparisons, copyCount, found.size(), stories,
        signatures::unpersist);
  }

  private record ComparedInSpark(long comparisons, List<Row> copies) {}

  /**
   * The Spark way, for large windows: each article goes to its 16 band buckets with its signature
   * (a shuffle of about 300 bytes per article and band), each bucket is compared inside its task,
   * and only the copies (with both sides' dates and kept stories) and a count of comparisons per
   * bucket come back. Shuffling candidate pairs and joining them with their signatures instead cost
   * 141 s of a 313 s run at 200,000 articles (20 million candidates): see the README's "Stories".
   */
  private static ComparedInSpark compareInSpark(Dataset<Row> all, int window, double threshold) {
    Dataset<Row> bands = all.flatMap((FlatMapFunction<Row, Row>) row -> {
      long[] keys = MinHash.bandKeys(fromBytes((byte[]) row.get(2)));
      List<Row> out = new ArrayList<>(keys.length);
      for (long key : keys) {
        out.add(RowFactory.create(key, row.getString(0), row.getDate(1), row.get(2), row.get(3), row.get(4)));
      }
      return out.iterator();
    }, Encoders.row(BANDS));
    Dataset<Row> compared = bands.groupBy("band_key")
        .agg(collect_list(struct("id", "published_date", "signature", "story_id", "story_date")).as("members"))
        .filter(size(col("members")).gt(1))
        .flatMap((FlatMapFunction<Row, Row>) row -> comparedBucket(row.getList(1), window, threshold).iterator(),
            Encoders.row(COMPARED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row total = compared.agg(sum("comparisons")).first();
    // A copy shares most of its bands: the same pair comes from several buckets.
    List<Row> copies = compared.filter(col("a").isNotNull()).drop("comparisons").distinct().collectAsList();
    compared.unpersist();
    return new ComparedInSpark(total.isNullAt(0) ? 0 : total.getLong(0), copies);
  }

  /**
   * One bucket's members (id, published_date, signature, story_id, story_date) compared: a row per
   * copy pair (a, a_date, a_story, a_story_date, b, ...), then one with the bucket's comparisons.
   */
  static List<Row> comparedBucket(List<Row> members, int windowDays, double threshold) {
    List<StoryCandidates.Signed> bucket = new ArrayList<>(members.size());
    for (Row member : members) {
      bucket.add(signed(member));
    }
    StoryCandidates.Found found = StoryCandidates.compare(bucket, windowDays, threshold);
    List<Row> rows = new ArrayList<>(found.copies().size() + 1);
    for (StoryCandidates.Pair pair : found.copies()) {
      StoryCandidates.Signed a = pair.a();
      StoryCandidates.Signed b = pair.b();
      rows.add(RowFactory.create(a.id(), Date.valueOf(a.published()), a.storyId(), sqlDate(a.storyDate()),
          b.id(), Date.valueOf(b.published()), b.storyId(), sqlDate(b.storyDate()), 0L));
    }
    rows.add(RowFactory.create(null, null, null, null, null, null, null, null, found.comparisons()));
    return rows;
  }

  /** A row of {@link #SIGNATURES}' layout (id, published_date, signature, story_id, story_date), as bucket structs are too. */
  private static StoryCandidates.Signed signed(Row row) {
    return new StoryCandidates.Signed(row.getString(0), row.getDate(1).toLocalDate(), fromBytes((byte[]) row.get(2)),
        row.getString(3), row.isNullAt(4) ? null : row.getDate(4).toLocalDate());
  }

  private static Date sqlDate(java.time.LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  /** One side of a verified pair: a new article as itself, an earlier one as its kept story. */
  private static StoryClusters.Copy copy(Row pair, int at) {
    return pair.isNullAt(at + 2)
        ? new StoryClusters.Copy(pair.getString(at), pair.getDate(at + 1).toLocalDate())
        : new StoryClusters.Copy(pair.getString(at + 2), pair.getDate(at + 3).toLocalDate(), true);
  }

  private static StoryClusters.Copy copy(StoryCandidates.Signed side) {
    return side.earlier() ? new StoryClusters.Copy(side.storyId(), side.storyDate(), true)
        : new StoryClusters.Copy(side.id(), side.published());
  }

  /**
   * {@code table} (with article_id) with a story_id column: the story's earliest copy's id from
   * {@code storyIds}, else the article's own id. The story ids are few and go to every task as a
   * broadcast, so the table is not shuffled.
   */
  public static Dataset<Row> withStoryIds(Dataset<Row> table, Dataset<Row> storyIds) {
    if (storyIds == null) {
      return table.withColumn("story_id", col("article_id"));
    }
    Dataset<Row> ids = storyIds.select(col("article_id").as("_story_article"), col("story_id").as("_story_id"));
    return table.join(broadcast(ids), col("article_id").equalTo(col("_story_article")), "left")
        .withColumn("story_id", coalesce(col("_story_id"), col("article_id")))
        .drop("_story_article", "_story_id");
  }

  static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  static int[] fromBytes(byte[] bytes) {
    int[] signature = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }
}
