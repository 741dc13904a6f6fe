package io.newsstats.cli;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.internal.SQLConf;

/**
 * Checks --master and --conf values before Spark starts: a bad one would otherwise surface as a
 * stack trace from deep inside the first query ("spark.sql.shuffle.partitions=abc").
 */
final class SparkSettings {
  /** The master URL forms spark-submit documents. */
  private static final Pattern MASTER = Pattern.compile(
      "local|local\\[(\\d+|\\*)(,\\d+)?]|local-cluster\\[\\d+, *\\d+, *\\d+]|spark://.+|yarn|k8s://.+|mesos://.+");

  private SparkSettings() {}

  static void checkMaster(String master) {
    if (master != null && !MASTER.matcher(master).matches()) {
      throw new IllegalArgumentException("--master " + master + ": not a Spark master URL (local, local[N],"
          + " local[*], spark://HOST:PORT, yarn, k8s://URL)");
    }
  }

  /**
   * SQL settings are checked by Spark's own definitions (type and allowed values); other settings
   * are checked when the session starts.
   */
  static void checkConf(Map<String, String> conf) {
    SQLConf sql = new SQLConf();
    for (Map.Entry<String, String> e : conf.entrySet()) {
      if (e.getKey().startsWith("spark.sql.")) {
        try {
          sql.setConfString(e.getKey(), e.getValue());
        } catch (RuntimeException bad) {
          throw new IllegalArgumentException("--conf " + e.getKey() + "=" + e.getValue() + ": " + firstLine(bad));
        }
      }
    }
  }

  static String firstLine(Throwable e) {
    Throwable shown = e;
    while (shown.getMessage() == null && shown.getCause() != null) {
      shown = shown.getCause();
    }
    String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
