package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.testing.SharedSpark;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Spark NLP annotators on the spellings news text throws at them. */
class SparkNlpStageTest {
  private static List<Row> mentions;
  private static Row analysis;

  @BeforeAll
  static void annotate() {
    SparkSession spark = SharedSpark.get();
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    SparkNlpStage stage = new SparkNlpStage(spark,
        new ArticleAnalyzer(new EntityLinker(kb, gazetteer), Lexicon.bundledVader()), gazetteer.phrases());
    String text = "North Korea\u2019s leader hosted the Russian president. Russia's ties with the U.S. soured. "
        + "A Kim-Putin summit followed in Côte d\u2019Ivoire. Erdogan and Erdoğan agreed. turkey and china are nouns.";
    StructType schema = new StructType().add("id", DataTypes.StringType).add("published_date", DataTypes.DateType)
        .add("source", DataTypes.StringType).add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    Dataset<Row> articles = spark.createDataFrame(
        List.of(RowFactory.create("a", Date.valueOf("2024-06-19"), "S", "T", text)), schema);
    analysis = stage.analyze(articles).collectAsList().get(0);
    mentions = analysis.getList(analysis.fieldIndex("mentions"));
  }

  private static List<String> surfaces() {
    return mentions.stream().map(m -> m.getString(m.fieldIndex("surface"))).toList();
  }

  @Test
  void possessivesHyphensAbbreviationsAndCurlyApostrophesMatch() {
    assertEquals(List.of("North Korea", "Russian", "Russia", "U.S.", "Kim", "Putin", "Côte d\u2019Ivoire", "Erdogan",
        "Erdoğan"), surfaces());
  }

  @Test
  void lowerCaseCommonNounsAreNotCountries() {
    assertTrue(surfaces().stream().noneMatch(s -> s.equalsIgnoreCase("turkey") || s.equalsIgnoreCase("china")));
  }

  @Test
  void offsetsPointIntoTheText() {
    Row first = mentions.get(0);
    assertEquals(0, first.getInt(first.fieldIndex("begin")));
    assertEquals("North Korea".length(), first.getInt(first.fieldIndex("end")));
    Row kim = mentions.get(4);
    assertEquals("kim-jong-un", kim.getString(kim.fieldIndex("entity_id")));
    assertEquals(2, kim.getInt(kim.fieldIndex("sentence_index")));
  }

  @Test
  void articleCarriesDocumentToneAndSentenceCount() {
    assertEquals(5, analysis.getInt(analysis.fieldIndex("sentences")));
    assertTrue(analysis.getInt(analysis.fieldIndex("word_count")) > 20);
  }
}
