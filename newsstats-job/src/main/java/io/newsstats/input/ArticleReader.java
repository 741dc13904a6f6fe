package io.newsstats.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads every input into one dataset of {@link #SCHEMA}: each input record becomes exactly one
 * row, accepted (reason null) or rejected (reason, detail and the raw record).
 */
public final class ArticleReader {
  public static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType)
      .add("source", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("language_uncertain", DataTypes.BooleanType)
      .add("reason", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("raw", DataTypes.StringType)
      .add("input_file", DataTypes.StringType)
      .add("ordinal", DataTypes.LongType);

  private final SparkSession spark;
  private final LocalDate defaultDate;
  private final RecordParser.LanguagePolicy languages;

  public ArticleReader(SparkSession spark, LocalDate defaultDate) {
    this(spark, defaultDate, RecordParser.LanguagePolicy.DETECT);
  }

  public ArticleReader(SparkSession spark, LocalDate defaultDate, RecordParser.LanguagePolicy languages) {
    this.spark = spark;
    this.defaultDate = defaultDate;
    this.languages = languages;
  }

  public Dataset<Row> read(List<InputSpec> inputs) {
    return byFormat(inputs, (format, paths) -> switch (format) {
      case JSONL -> readJsonLines(paths);
      case PARQUET -> readParquet(paths);
      case TEXT -> readTextFiles(paths);
      case AUTO -> throw new IllegalStateException("formats are resolved before reading");
    });
  }

  /** One dataset per input format, from the paths of that format, in a fixed order of formats; their union. */
  private static Dataset<Row> byFormat(List<InputSpec> inputs,
      java.util.function.BiFunction<InputFormat, String[], Dataset<Row>> read) {
    Dataset<Row> all = null;
    for (InputFormat format : List.of(InputFormat.JSONL, InputFormat.PARQUET, InputFormat.TEXT)) {
      String[] paths = inputs.stream().filter(i -> i.format() == format).map(InputSpec::path).toArray(String[]::new);
      if (paths.length > 0) {
        Dataset<Row> part = read.apply(format, paths);
        all = all == null ? part : all.unionByName(part);
      }
    }
    if (all == null) {
      throw new InvalidInputException("no --input given");
    }
    return all;
  }

  /** Blank lines (spaces, tabs, any Unicode white space) are layout, not records, and are skipped. */
  private Dataset<Row> readJsonLines(String[] paths) {
    RecordParser.LanguagePolicy languages = this.languages;
    return jsonLines(paths)
        .map((MapFunction<Row, Row>) r -> toRow(RecordParser.parseJsonLine(r.getString(0), languages), r.getString(1), r.getLong(2)),
            Encoders.row(SCHEMA));
  }

  /** The lines of JSON Lines files with their positions; blank lines are layout, not records. */
  private Dataset<Row> jsonLines(String[] paths) {
    return withOrigin(spark.read().text(paths)).filter(col("value").rlike("[^\\s\\p{Z}\\uFEFF]"));
  }

  /** A Parquet row as its raw record: every column, as JSON. */
  private static Column asJson(Dataset<Row> df) {
    return to_json(struct(Arrays.stream(df.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new)));
  }

  private Dataset<Row> readParquet(String[] paths) {
    Dataset<Row> df = spark.read().parquet(paths);
    List<String> columns = Arrays.asList(df.columns());
    if (!columns.contains("text")) {
      throw new InvalidInputException("Parquet input " + String.join(", ", paths)
          + " has no 'text' column (columns: " + String.join(", ", columns) + ")");
    }
    List<String> known = Arrays.stream(RecordParser.FIELDS).filter(columns::contains).toList();
    RecordParser.LanguagePolicy languages = this.languages;
    Dataset<Row> projected = df.select(asJson(df).as("_raw"), struct(known.stream().map(
        c -> col("`" + c + "`")).toArray(Column[]::new)).as("_fields"));
    return withOrigin(projected).map((MapFunction<Row, Row>) r -> {
      Row fields = r.getStruct(1);
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < known.size(); i++) {
        Object value = fields.get(i);
        if (value != null) {
          values.put(known.get(i), value);
        }
      }
      return toRow(RecordParser.fromFields(values, r.getString(0), languages), r.getString(2), r.getLong(3));
    }, Encoders.row(SCHEMA));
  }

  private Dataset<Row> readTextFiles(String[] paths) {
    LocalDate date = defaultDate;
    RecordParser.LanguagePolicy languages = this.languages;
    return withOrigin(spark.read().option("wholetext", "true").text(paths))
        .map((MapFunction<Row, Row>) r -> toRow(
            RecordParser.fromTextFile(fileName(r.getString(1)), r.getString(0), date, languages), r.getString(1), r.getLong(2)),
            Encoders.row(SCHEMA));
  }

  /**
   * Every record as read, by position: (input_file, ordinal, raw). Accepted rows keep no raw text
   * (it would double what the run caches); the few that are later rejected, as a repeated id, take
   * theirs from here. Positions are those {@link #read} gives: the same files, split the same way.
   */
  public Dataset<Row> raw(List<InputSpec> inputs) {
    return byFormat(inputs, (format, paths) -> (switch (format) {
      case JSONL -> jsonLines(paths);
      case PARQUET -> {
        Dataset<Row> df = spark.read().parquet(paths);
        yield withOrigin(df.select(asJson(df).as("value")));
      }
      case TEXT -> withOrigin(spark.read().option("wholetext", "true").text(paths));
      case AUTO -> throw new IllegalStateException("formats are resolved before reading");
    }).select(col("_input_file").as("input_file"), col("_ordinal").as("ordinal"), col("value").as("raw")));
  }

  private static Dataset<Row> withOrigin(Dataset<Row> df) {
    return df.withColumn("_input_file", input_file_name()).withColumn("_ordinal", monotonically_increasing_id());
  }

  static String fileName(String inputFile) {
    String decoded = URLDecoder.decode(inputFile.replace("+", "%2B"), StandardCharsets.UTF_8);
    return decoded.substring(decoded.lastIndexOf('/') + 1);
  }

  static Row toRow(ParseResult result, String inputFile, long ordinal) {
    if (result instanceof ParseResult.Accepted accepted) {
      Article a = accepted.article();
      return RowFactory.create(a.id(), Date.valueOf(a.published()), a.source(), a.title(), a.text(), a.url(),
          a.language(), a.languageUncertain(), null, null, null, inputFile, ordinal);
    }
    ParseResult.Rejected rejected = (ParseResult.Rejected) result;
    return RowFactory.create(RecordParser.recordIdOf(rejected.raw()), null, null, null, null, null, rejected.language(),
        null, rejected.reason().code(),
        rejected.detail(),
        rejected.raw(), inputFile, ordinal);
  }
}
