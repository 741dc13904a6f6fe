package io.newsstats.job;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark settings every newsstats session starts with, in one place: the job's and the
 * benchmark's floor and stock runs alike, so that the benchmark compares like with like. A setting
 * the user gives (a --conf or spark-submit's system property) wins over each of them.
 */
public final class SparkDefaults {
  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)(,\\d+)?]");

  private SparkDefaults() {}

  /**
   * @param inputBytes the size of the input, for local mode's input splits
   * @param userSets whether the user gave a setting
   */
  public static SparkSession.Builder builder(String appName, String master, long inputBytes,
      Predicate<String> userSets) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName).master(master)
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryoserializer.buffer.max", "512m")
        .config("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local") && !userSets.test("spark.sql.shuffle.partitions")) {
      // 200 shuffle partitions is sized for clusters; on a laptop it is mostly task overhead.
      builder.config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    if (master.startsWith("local") && !userSets.test("spark.sql.files.minPartitionNum")) {
      builder.config("spark.sql.files.minPartitionNum", String.valueOf(localSplits(inputBytes, localCores(master))));
    }
    // The kept analysis is cached in column batches; at Spark's 10,000 rows a batch of articles with
    // their nested mentions and sentences overflowed a 2 GB heap on 200,000 articles. 1,000 rows do not.
    if (!userSets.test("spark.sql.inMemoryColumnarStorage.batchSize")) {
      builder.config("spark.sql.inMemoryColumnarStorage.batchSize", "1000");
    }
    return builder;
  }

  /**
   * In local mode, input splits of at least 32 MB, up to four per core: Spark's default (one
   * split per core, at most 128 MB) cut a 474 MB corpus into four on two cores and the last wave
   * left a core idle (200,000 articles: 82 s; 71 s with eight splits), while each split also costs
   * a task's set-up, which on 48 MB made four splits on one core slower than one (37 s against 33 s).
   */
  public static int localSplits(long inputBytes, int cores) {
    long bySize = inputBytes / (32L << 20);
    return (int) Math.max(cores, Math.min(4L * cores, bySize));
  }

  /** The cores of a local master: local, local[N], local[*], local[N,F]. */
  public static int localCores(String master) {
    Matcher m = LOCAL.matcher(master);
    if (m.matches()) {
      return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
    return master.equals("local") ? 1 : Runtime.getRuntime().availableProcessors();
  }
}
