package io.newsstats.nlp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The seam between reading and statistics: articles (id, published_date, source, title, text) in,
 * one {@link AnalysisSchema#SCHEMA} row per article out. How the annotators execute (column by
 * column, per partition, other annotators) is the implementation's business.
 */
public interface NlpStage {
  Dataset<Row> analyze(Dataset<Row> articles);
}
