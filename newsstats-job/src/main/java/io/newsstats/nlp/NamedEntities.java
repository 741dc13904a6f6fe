package io.newsstats.nlp;

import io.newsstats.linking.NamedEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The {@code ner_spans} column the NER stage adds (array of begin, end, label, text), read into
 * {@link NamedEntity} lists. Without {@code --ner} the column is absent and every article has none.
 */
public final class NamedEntities {
  public static final String COLUMN = "ner_spans";

  private NamedEntities() {}

  /** The given columns, then ner_spans (null when the articles have none). */
  static Column[] withSpans(Dataset<Row> articles, String... columns) {
    List<Column> selected = new ArrayList<>(Arrays.stream(columns).map(functions::col).toList());
    selected.add(Arrays.asList(articles.columns()).contains(COLUMN) ? functions.col(COLUMN)
        : functions.lit(null).cast("array<struct<begin:int,end:int,label:string,text:string>>").as(COLUMN));
    return selected.toArray(new Column[0]);
  }

  /** The article fields the annotators read, with ner_spans when present. */
  static Column[] inputColumns(Dataset<Row> articles) {
    return withSpans(articles, "id", "published_date", "source", "title", "text");
  }

  static List<NamedEntity> of(Row row, int index) {
    if (index >= row.size() || row.isNullAt(index)) {
      return List.of();
    }
    List<Row> spans = row.getList(index);
    List<NamedEntity> entities = new ArrayList<>(spans.size());
    for (Row span : spans) {
      if (!span.isNullAt(2)) {
        entities.add(new NamedEntity(span.getInt(0), span.getInt(1), span.getString(2), span.getString(3)));
      }
    }
    return entities;
  }
}
