package io.newsstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.testing.SharedSpark;
import java.sql.Date;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A surname alone joins the one full name with that family name nearby in time, across articles. */
class PersonSurnamesTest {
  private static final StructType PERSON = new StructType().add("id", DataTypes.StringType)
      .add("name", DataTypes.StringType).add("family", DataTypes.StringType).add("full", DataTypes.BooleanType);
  private static final StructType ANALYSIS = new StructType().add("published_date", DataTypes.DateType)
      .add("people", DataTypes.createArrayType(PERSON));
  private static final StructType MENTIONS = new StructType().add("article_id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("entity_type", DataTypes.StringType)
      .add("entity_id", DataTypes.StringType).add("entity_name", DataTypes.StringType);

  private static Row person(String id, String name, String family) {
    return RowFactory.create(id, name, family, name.indexOf(' ') > 0);
  }

  @Test
  void aSurnameJoinsTheOnlyFullNameNearbyInTime() {
    SparkSession spark = SharedSpark.get();
    Date jan1 = Date.valueOf("1987-01-01");
    Date jan5 = Date.valueOf("1987-01-05");
    Date jun1 = Date.valueOf("1987-06-01");
    Dataset<Row> analysis = spark.createDataFrame(List.of(
        RowFactory.create(jan1, new Row[] {person("dilson-funaro", "Dilson Funaro", "funaro"),
            person("james-baker", "James Baker", "baker"), person("howard-baker", "Howard Baker", "baker")}),
        RowFactory.create(jan5, new Row[] {person("funaro", "Funaro", "funaro"), person("baker", "Baker", "baker")}),
        RowFactory.create(jun1, new Row[] {person("funaro", "Funaro", "funaro")})), ANALYSIS);
    Dataset<Row> mentions = spark.createDataFrame(List.of(
        RowFactory.create("a", jan1, "PERSON", "dilson-funaro", "Dilson Funaro"),
        RowFactory.create("b", jan5, "PERSON", "funaro", "Funaro"),
        RowFactory.create("b", jan5, "PERSON", "baker", "Baker"),
        RowFactory.create("b", jan5, "ORG", "funaro", "Funaro"),
        RowFactory.create("c", jun1, "PERSON", "funaro", "Funaro")), MENTIONS);
    Dataset<Row> joined = PersonSurnames.apply(mentions, PersonSurnames.resolved(analysis));
    assertEquals(List.of("article_id", "published_date", "entity_type", "entity_id", "entity_name"),
        List.of(joined.columns()));
    TreeSet<String> rows = new TreeSet<>();
    joined.collectAsList().forEach(r -> rows.add(r.getString(0) + " " + r.getString(2) + " " + r.getString(3)
        + " " + r.getString(4)));
    assertEquals(new TreeSet<>(List.of(
        "a PERSON dilson-funaro Dilson Funaro",
        "b PERSON dilson-funaro Dilson Funaro",  // four days after the full name: joined
        "b PERSON baker Baker",                  // two Bakers nearby: left alone
        "b ORG funaro Funaro",                   // only people join
        "c PERSON funaro Funaro")), rows);      // five months later: too far
  }
}
