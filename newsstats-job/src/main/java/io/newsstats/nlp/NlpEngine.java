package io.newsstats.nlp;

import io.newsstats.kb.Gazetteer;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/** How the NLP stage executes; both give the same tables, at very different speeds. */
public enum NlpEngine {
  /** Our own one-pass sentence splitter, tokenizer and token-trie matcher ({@link FastNlpStage}). */
  FAST,
  /** Spark NLP's DocumentAssembler, SentenceDetector, Tokenizer and TextMatcher ({@link SparkNlpStage}). */
  SPARK_NLP;

  public static NlpEngine parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--engine must be fast or spark-nlp (got '" + value + "')");
    }
  }

  public String lowerName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public NlpStage stage(SparkSession spark, ArticleAnalyzer analyzer, Gazetteer gazetteer) {
    return switch (this) {
      case FAST -> new FastNlpStage(analyzer, gazetteer.phrases());
      case SPARK_NLP -> new SparkNlpStage(spark, analyzer, gazetteer.phrases());
    };
  }
}
