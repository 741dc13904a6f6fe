package io.newsstats.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Two newsstats outputs compared table by table, row for row and in any order (as
 * {@code jobs/compare-outputs} does): doubles to 9 decimals, since sums over differently split
 * data may differ in the last bits.
 */
public final class TableComparison {
  private TableComparison() {}

  /** The tables (top-level directories) of an output. */
  public static TreeSet<String> tables(Path output) throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith(".")).collect(java.util.stream.Collectors.toCollection(
              TreeSet::new));
    }
  }

  /** What differs, one line per table; empty when every table is equal. */
  public static List<String> differences(SparkSession spark, Path expected, Path actual) throws IOException {
    List<String> differences = new ArrayList<>();
    TreeSet<String> names = tables(expected);
    if (!names.equals(tables(actual))) {
      differences.add("tables differ: " + names + " vs " + tables(actual));
      return differences;
    }
    for (String table : names) {
      Dataset<Row> a = read(spark, expected.resolve(table));
      Dataset<Row> b = read(spark, actual.resolve(table));
      if (a == null || b == null) {
        if ((a == null) != (b == null)) {
          differences.add(table + ": empty in one output only");
        }
        continue;
      }
      Dataset<Row> bAligned = b.select(java.util.Arrays.stream(a.columns()).map(c -> col("`" + c + "`"))
          .toArray(Column[]::new));
      long countA = a.count();
      long countB = bAligned.count();
      long missing = a.exceptAll(bAligned).count();
      long extra = bAligned.exceptAll(a).count();
      if (countA != countB || missing > 0 || extra > 0) {
        differences.add(table + ": " + countA + " vs " + countB + " rows, " + missing + " missing, " + extra + " extra");
      }
    }
    return differences;
  }

  private static Dataset<Row> read(SparkSession spark, Path table) throws IOException {
    boolean hasData;
    try (Stream<Path> files = Files.walk(table)) {
      hasData = files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }
    if (!hasData) {
      return null;
    }
    Dataset<Row> df = spark.read().parquet(table.toString());
    List<Column> columns = new ArrayList<>();
    for (StructField field : df.schema().fields()) {
      Column c = col("`" + field.name() + "`");
      columns.add(field.dataType().equals(DataTypes.DoubleType) ? round(c, 9).as(field.name()) : c);
    }
    return df.select(columns.toArray(Column[]::new));
  }
}
