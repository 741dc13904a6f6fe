package io.newsstats.stories;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
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
 * on the driver ({@link StoryClusters}: the pairs are few, one per copy or so).
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

  /** Story ids of the articles that have a copy; counts for the manifest. */
  public record Result(Dataset<Row> storyIds, long candidatePairs, long copyPairs, long articlesWithCopies,
      long stories) {}

  public static final StructType STORY_IDS = new StructType()
      .add("article_id", DataTypes.StringType, false).add("story_id", DataTypes.StringType, false);

  /** A band bucket larger than this (boilerplate shared by many articles) pairs each with its next ones only. */
  static final int MAX_NEIGHBOURS = 50;

  private static final StructType SIGNATURES = new StructType().add("id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("signature", DataTypes.BinaryType);
  private static final StructType BANDS = new StructType().add("band_key", DataTypes.LongType)
      .add("id", DataTypes.StringType).add("published_date", DataTypes.DateType);
  private static final StructType PAIRS = new StructType().add("a", DataTypes.StringType)
      .add("b", DataTypes.StringType);

  private StoryDetection() {}

  /** {@code articles}: id, published_date and text of distinct articles. */
  public static Result detect(SparkSession spark, Dataset<Row> articles, Settings settings) {
    Dataset<Row> signatures = articles.select("id", "published_date", "text")
        .map((MapFunction<Row, Row>) row -> RowFactory.create(row.getString(0), row.getDate(1),
            toBytes(MinHash.signature(row.getString(2)))), Encoders.row(SIGNATURES))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Dataset<Row> bands = signatures.flatMap((FlatMapFunction<Row, Row>) row -> {
        long[] keys = MinHash.bandKeys(fromBytes((byte[]) row.get(2)));
        List<Row> out = new ArrayList<>(keys.length);
        for (long key : keys) {
          out.add(RowFactory.create(key, row.getString(0), row.getDate(1)));
        }
        return out.iterator();
      }, Encoders.row(BANDS));
      int window = settings.windowDays();
      Dataset<Row> candidates = bands.groupBy("band_key")
          .agg(collect_list(struct("published_date", "id")).as("members"))
          .filter(size(col("members")).gt(1))
          .flatMap((FlatMapFunction<Row, Row>) row -> candidatePairs(row.getList(1), window).iterator(),
              Encoders.row(PAIRS))
          .distinct()
          .persist(StorageLevel.MEMORY_AND_DISK());
      long candidateCount = candidates.count();
      Dataset<Row> a = signatures.toDF("a", "a_date", "a_signature");
      Dataset<Row> b = signatures.toDF("b", "b_date", "b_signature");
      double threshold = settings.similarity();
      List<Row> copies = candidates.join(a, "a").join(b, "b")
          .filter((FilterFunction<Row>) row -> MinHash.similarity(fromBytes((byte[]) row.getAs("a_signature")),
              fromBytes((byte[]) row.getAs("b_signature"))) >= threshold)
          .select("a", "a_date", "b", "b_date").collectAsList();
      candidates.unpersist();

      StoryClusters clusters = new StoryClusters();
      for (Row pair : copies) {
        clusters.join(new StoryClusters.Copy(pair.getString(0), pair.getDate(1).toLocalDate()),
            new StoryClusters.Copy(pair.getString(2), pair.getDate(3).toLocalDate()));
      }
      Map<String, String> storyIds = clusters.storyIds();
      List<Row> rows = new ArrayList<>(storyIds.size());
      storyIds.forEach((article, story) -> rows.add(RowFactory.create(article, story)));
      long stories = storyIds.values().stream().distinct().count();
      return new Result(spark.createDataFrame(rows, STORY_IDS), candidateCount, copies.size(), storyIds.size(),
          stories);
    } finally {
      signatures.unpersist();
    }
  }

  /**
   * Pairs in one band bucket published at most {@code windowDays} apart, in date order; each member
   * is paired with at most {@link #MAX_NEIGHBOURS} later ones, so a huge bucket costs linear time.
   */
  static List<Row> candidatePairs(List<Row> members, int windowDays) {
    List<Row> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.<Row, Date>comparing(m -> m.getDate(0)).thenComparing(m -> m.getString(1)));
    List<Row> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      long day = sorted.get(i).getDate(0).toLocalDate().toEpochDay();
      for (int j = i + 1; j < sorted.size() && j <= i + MAX_NEIGHBOURS; j++) {
        if (sorted.get(j).getDate(0).toLocalDate().toEpochDay() - day > windowDays) {
          break;
        }
        String x = sorted.get(i).getString(1);
        String y = sorted.get(j).getString(1);
        pairs.add(x.compareTo(y) < 0 ? RowFactory.create(x, y) : RowFactory.create(y, x));
      }
    }
    return pairs;
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
    Dataset<Row> ids = storyIds.toDF("_story_article", "_story_id");
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
