package io.newsstats.stats;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;

import io.newsstats.kb.EntityType;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One id per person across articles: a person an article names by surname alone ("Funaro said")
 * joins the full name ("Dilson Funaro") when the run holds exactly one full name with that family
 * name within {@link #WINDOW_DAYS} days of the article. Two people of that name nearby ("James Baker",
 * "Howard Baker"), or none, leave the surname as it is. Leaders keep their knowledge-base ids (they
 * are linked by the gazetteer, not here). Within an article the join is the linker's
 * ({@code EntityMerger}); this pass sees only what it left alone.
 */
public final class PersonSurnames {
  /** How far apart in days a surname and the full name it joins may be published. */
  public static final int WINDOW_DAYS = 30;

  private PersonSurnames() {}

  /**
   * The surnames that join a full name: lone_id and lone_date (a surname-only id on a day) with the
   * full_id and full_name it stands for. Reads the analysis's small {@code people} column only.
   */
  public static Dataset<Row> resolved(Dataset<Row> analysis) {
    Dataset<Row> people = analysis.select(col("published_date").as("date"), explode(col("people")).as("p"))
        .select(col("date"), col("p.id").as("id"), col("p.name").as("name"), col("p.family").as("family"),
            col("p.full").as("full"));
    Dataset<Row> full = people.filter(col("full"))
        .select(col("family"), col("id").as("full_id"), col("name").as("full_name"), col("date").as("full_date"))
        .distinct();
    Dataset<Row> lone = people.filter(not(col("full")))
        .select(col("family").as("lone_family"), col("id").as("lone_id"), col("date").as("lone_date"))
        .distinct();
    return lone.join(full, col("lone_family").equalTo(col("family"))
            .and(abs(datediff(col("lone_date"), col("full_date"))).leq(WINDOW_DAYS)))
        .groupBy(col("lone_id"), col("lone_date"))
        .agg(countDistinct(col("full_id")).as("candidates"), min(col("full_id")).as("full_id"),
            min(col("full_name")).as("full_name"))
        .filter(col("candidates").equalTo(1))
        .drop("candidates");
  }

  /**
   * The mentions with each joined surname under its full name's id and name. The joins are few (one
   * row per surname and day), so they are broadcast: the mentions are not shuffled.
   */
  public static Dataset<Row> apply(Dataset<Row> mentions, Dataset<Row> resolved) {
    Dataset<Row> joins = broadcast(resolved);
    Column on = col("entity_type").equalTo(EntityType.PERSON.name())
        .and(col("entity_id").equalTo(joins.col("lone_id")))
        .and(col("published_date").equalTo(joins.col("lone_date")));
    return mentions.join(joins, on, "left")
        .withColumn("entity_id", coalesce(col("full_id"), col("entity_id")))
        .withColumn("entity_name", coalesce(col("full_name"), col("entity_name")))
        .drop("lone_id", "lone_date", "full_id", "full_name");
  }
}
