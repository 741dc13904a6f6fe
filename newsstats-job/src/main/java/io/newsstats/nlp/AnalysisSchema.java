package io.newsstats.nlp;

import io.newsstats.linking.LinkedMention;
import io.newsstats.sentiment.DocumentTone;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The per-article output of the NLP stage: article fields, document tone, and nested mentions. */
public final class AnalysisSchema {
  public static final StructType MENTION = new StructType()
      .add("entity_type", DataTypes.StringType, false)
      .add("entity_id", DataTypes.StringType, false)
      .add("entity_name", DataTypes.StringType, false)
      .add("country", DataTypes.StringType, true)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false)
      .add("sentence_tone", DataTypes.DoubleType, false)
      .add("mention_tone", DataTypes.DoubleType, false)
      .add("mention_label", DataTypes.StringType, false)
      .add("sentence", DataTypes.StringType, true)
      .add("in_office", DataTypes.BooleanType, true)
      .add("role", DataTypes.StringType, true);

  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("published_date", DataTypes.DateType, false)
      .add("source", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("sentences", DataTypes.IntegerType, false)
      .add("tone", DataTypes.DoubleType, false)
      .add("positive_score", DataTypes.DoubleType, false)
      .add("negative_score", DataTypes.DoubleType, false)
      .add("polarity", DataTypes.DoubleType, false)
      .add("activity_reference_density", DataTypes.DoubleType, false)
      .add("self_group_reference_density", DataTypes.DoubleType, false)
      .add("word_count", DataTypes.IntegerType, false)
      .add("unresolved_mentions", DataTypes.IntegerType, false)
      .add("name_vetoes", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("mentions", DataTypes.createArrayType(MENTION, false), false)
      .add("people", DataTypes.createArrayType(PersonNames.PERSON, false), false);

  private AnalysisSchema() {}

  public static Row toRow(String articleId, Date published, String source, String title, ArticleAnalysis analysis) {
    List<Row> mentions = new ArrayList<>(analysis.mentions().size());
    for (ArticleAnalysis.ScoredMention scored : analysis.mentions()) {
      LinkedMention m = scored.mention();
      mentions.add(RowFactory.create(m.type().name(), m.entityId(), m.entityName(), m.country(),
          m.match().sentenceIndex(), m.match().begin(), m.match().end(), m.match().surface(),
          scored.sentenceTone(), scored.mentionTone(), scored.mentionLabel(), scored.sentence(), m.inOffice(), m.role()));
    }
    DocumentTone tone = analysis.tone();
    return RowFactory.create(articleId, published, source, title, analysis.sentenceCount(), tone.tone(),
        tone.positiveScore(), tone.negativeScore(), tone.polarity(), tone.activityReferenceDensity(),
        tone.selfGroupReferenceDensity(), tone.wordCount(), analysis.unresolved(),
        analysis.nameVetoes().stream().map(v -> v.reason()).toArray(String[]::new), mentions.toArray(new Row[0]),
        PersonNames.of(analysis));
  }
}
