package io.newsstats.nlp;

import io.newsstats.kb.EntityType;
import io.newsstats.linking.EntityMerger;
import io.newsstats.linking.LinkedMention;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The people an article names, once each, for the pass that joins a surname to a full name across
 * articles ({@code stats.PersonSurnames}): a small column beside the mentions, so that the pass reads
 * it without decoding the mentions and their sentences again.
 */
final class PersonNames {
  /** id and name as in the mentions; family: the family name's key; full: whether the name has more than one word. */
  static final StructType PERSON = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("family", DataTypes.StringType, false)
      .add("full", DataTypes.BooleanType, false);

  private PersonNames() {}

  static Row[] of(ArticleAnalysis analysis) {
    Map<String, Row> people = new LinkedHashMap<>();
    for (ArticleAnalysis.ScoredMention scored : analysis.mentions()) {
      LinkedMention m = scored.mention();
      if (m.type() == EntityType.PERSON && !people.containsKey(m.entityId())) {
        people.put(m.entityId(), RowFactory.create(m.entityId(), m.entityName(), EntityMerger.familyName(m.entityName()),
            m.entityName().indexOf(' ') > 0));
      }
    }
    return people.values().toArray(new Row[0]);
  }
}
