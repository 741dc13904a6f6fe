package io.newsstats.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes each table as Parquet, replacing whatever an earlier run left under the same name, and
 * records the row count read back from the written files.
 */
public final class TableWriter {
  private final SparkSession spark;
  private final OutputLocation location;
  private final Map<String, Long> rowCounts = new LinkedHashMap<>();

  public TableWriter(SparkSession spark, OutputLocation location) {
    this.spark = spark;
    this.location = location;
  }

  /** Partitioned tables get one directory per value, so a date-range query reads only its days. */
  public void write(String name, Dataset<Row> table, String... partitionColumns) {
    if (partitionColumns.length > 0) {
      table.repartition(columns(table, partitionColumns)).write().mode(SaveMode.Overwrite)
          .partitionBy(partitionColumns).parquet(location.table(name));
    } else {
      table.write().mode(SaveMode.Overwrite).parquet(location.table(name));
    }
    // The schema is given so that an empty partitioned table (no files, only _SUCCESS) counts as 0.
    rowCounts.put(name, spark.read().schema(table.schema()).parquet(location.table(name)).count());
  }

  public Map<String, Long> rowCounts() {
    return rowCounts;
  }

  private static org.apache.spark.sql.Column[] columns(Dataset<Row> table, String... names) {
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = table.col(names[i]);
    }
    return columns;
  }
}
