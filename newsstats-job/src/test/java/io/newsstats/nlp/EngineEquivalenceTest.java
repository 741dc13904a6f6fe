package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.testing.SharedSpark;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The fast engine against the reference path, Spark NLP's own annotators, on the sample corpus:
 * the same mentions at the same offsets, and the same sentence tones wherever both engines cut the
 * sentence identically.
 */
class EngineEquivalenceTest {
  @Test
  void fastEngineFindsTheSameMentionsAsSparkNlp() {
    SparkSession spark = SharedSpark.get();
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    // With the bundled name tagger, as the job runs by default: in the spark-nlp engine it is an
    // annotator of the pipeline (NameTaggerAnnotator), in the fast engine a call after tokenizing.
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new EntityLinker(kb, gazetteer), Lexicon.bundledVader(), io.newsstats.sentiment.ToneModel.RULES, true);
    Dataset<Row> articles = spark.read().json("data/sample/articles.jsonl")
        .filter("text is not null and length(trim(text)) > 0 and published rlike '^[0-9]{4}-[0-9]{2}-[0-9]{2}'")
        .selectExpr("id", "to_date(substring(published, 1, 10)) as published_date", "source", "title", "text")
        .dropDuplicates("id")
        .filter("published_date is not null");

    Set<String> fast = mentions(NlpEngine.FAST.stage(spark, analyzer, gazetteer).analyze(articles));
    Set<String> reference = mentions(NlpEngine.SPARK_NLP.stage(spark, analyzer, gazetteer).analyze(articles));
    assertTrue(reference.size() > 500, "the sample has hundreds of mentions");
    assertTrue(reference.stream().filter(m -> m.startsWith("PERSON|") || m.startsWith("ORG|")).count() > 10,
        "and people and organisations the tagger found");
    assertEquals(reference, fast);

    // Cut into windows of 400 characters at paragraph breaks, Spark NLP finds what it finds whole.
    SparkNlpStage windowed = new SparkNlpStage(spark, analyzer, gazetteer.phrases(), 400);
    assertEquals(reference, mentions(windowed.analyze(articles)));
  }

  /** entity type, article, entity, begin and end of each mention. */
  private static Set<String> mentions(Dataset<Row> analysis) {
    List<Row> rows = analysis.selectExpr("article_id", "explode(mentions) as m")
        .selectExpr("m.entity_type", "article_id", "m.entity_id", "m.begin", "m.end").collectAsList();
    return rows.stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3)
        + "|" + r.getInt(4)).collect(Collectors.toSet());
  }
}
