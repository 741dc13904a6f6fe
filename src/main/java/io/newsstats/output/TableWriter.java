package io.newsstats.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each table as Parquet, replacing whatever an earlier run left under the same name, and
 * records the rows written (counted as they are written).
 */
public final class TableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);
  private final OutputLocation location;
  private final Map<String, Long> rowCounts = new LinkedHashMap<>();

  public TableWriter(OutputLocation location) {
    this.location = location;
  }

  public void write(String name, Dataset<Row> table) {
    write(name, table, new Column[0]);
  }

  /**
   * Writes the table and returns its row count ({@code rows}) and the given aggregates, observed
   * while writing: no second pass over the data, no read-back.
   */
  public Map<String, Object> write(String name, Dataset<Row> table, Column... metrics) {
    long start = System.nanoTime();
    Observation observation = new Observation(name);
    observed(observation, table, metrics).write().mode(SaveMode.Overwrite).parquet(location.table(name));
    return record(name, observation, start);
  }

  /**
   * A daily table partitioned by {@code month} (yyyy-MM, derived from {@code date}) and sorted by
   * date inside each file: a date-range query that also filters on month opens only the months in
   * range, and Parquet's row-group statistics on {@code date} skip the rest. Daily directories were
   * measured at about 37 ms of commit overhead per file (26 s for 700 days on 2 cores).
   */
  public void writeByMonth(String name, Dataset<Row> daily) {
    long start = System.nanoTime();
    Observation observation = new Observation(name);
    Dataset<Row> table = observed(observation, daily, new Column[0])
        .withColumn("month", date_format(col("date"), "yyyy-MM"));
    table.repartition(col("month")).sortWithinPartitions("date").write().mode(SaveMode.Overwrite)
        .partitionBy("month").parquet(location.table(name));
    record(name, observation, start);
  }

  private static Dataset<Row> observed(Observation observation, Dataset<Row> table, Column[] metrics) {
    return table.observe(observation, count(lit(1)).as("rows"), metrics);
  }

  private Map<String, Object> record(String name, Observation observation, long start) {
    Map<String, Object> observed;
    try {
      // Already there: the write has finished.
      observed = observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows of " + name, e);
    }
    rowCounts.put(name, ((Number) observed.get("rows")).longValue());
    LOG.info("{}: {} rows in {} s", name, rowCounts.get(name), String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return observed;
  }

  public Map<String, Long> rowCounts() {
    return rowCounts;
  }

}
