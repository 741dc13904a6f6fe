package io.newsstats.testing;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession for every Spark test in the JVM, as Spark's own suites share theirs. */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("newsstats-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
