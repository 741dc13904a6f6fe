package io.newsstats.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import io.newsstats.linking.Match;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The NLP stage on Spark NLP: DocumentAssembler → SentenceDetector → Tokenizer → TextMatcher
 * (the gazetteer), then linking and tone in one pass over the annotations of each article.
 */
public final class SparkNlpStage implements NlpStage {
  /** Possessives, hyphenated compounds and abbreviations split so "Russia's" and "Kim-Putin" match. */
  static final String[] INFIX_PATTERNS = {
      "(\\p{L}+)(-)(\\p{L}+)(['\u2019][sS])",
      "(\\p{L}+)(-)(\\p{L}+)(-)(\\p{L}+)",
      "(\\p{L}+)(-)(\\p{L}+)",
      "((?:\\p{Lu}\\.)+)",
      "(\\p{L}+)(['\u2019][sS])",
      "([\\$#]?\\d+(?:[^\\s\\d]{1}\\d+)*)",
      "(\\p{L}+)(n['\u2019]t)",
      "(\\p{L}+)(['\u2019]\\p{L}+)",
      "([\\p{L}\\w]+)"};
  static final String[] CONTEXT_CHARS = {".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'",
      "\u201c", "\u201d", "\u2018", "\u2019", "[", "]", "\u2014", "\u2013"};

  private final SparkSession spark;
  private final ArticleAnalyzer analyzer;
  private final Collection<String> phrases;

  public SparkNlpStage(SparkSession spark, ArticleAnalyzer analyzer, Collection<String> phrases) {
    this.spark = spark;
    this.analyzer = analyzer;
    this.phrases = phrases;
  }

  @Override
  public Dataset<Row> analyze(Dataset<Row> articles) {
    PipelineModel pipeline = fitPipeline();
    Dataset<Row> annotated = pipeline.transform(articles.select(NamedEntities.inputColumns(articles)))
        .select(NamedEntities.withSpans(articles, "id", "published_date", "source", "title", "text", "sentence",
            "token", "entity"));
    ArticleAnalyzer articleAnalyzer = analyzer;
    return annotated.map((MapFunction<Row, Row>) row -> {
      AnnotatedArticle article = toAnnotatedArticle(row);
      return AnalysisSchema.toRow(row.getString(0), row.getDate(1), row.getString(2), row.getString(3),
          articleAnalyzer.analyze(article));
    }, Encoders.row(AnalysisSchema.SCHEMA));
  }

  /** Fits on an empty frame: the annotators need no training data, only their resources. */
  PipelineModel fitPipeline() {
    DocumentAssembler document = documentAssembler();
    SentenceDetector sentences = sentenceDetector();
    TokenizerModel tokenizer = tokenizer();

    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {"sentence", "token"});
    matcher.setOutputCol("entity");
    matcher.setEntities(writePhrases().toString(), ReadAs.TEXT(), matcher.setEntities$default$3());
    matcher.setCaseSensitive(true);
    matcher.setMergeOverlapping(false);
    // Phrases are tokenized by the same rules as the text, or multi-token names would never match.
    matcher.setTokenizer(tokenizer);

    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, matcher});
    StructType textOnly = new StructType().add("text", DataTypes.StringType);
    return pipeline.fit(spark.createDataFrame(List.of(), textOnly));
  }

  /** text → document, as every Spark NLP pipeline starts. */
  public static DocumentAssembler documentAssembler() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    return document;
  }

  /** document → sentence with Spark NLP's pragmatic rules, defaults unchanged. */
  public static SentenceDetector sentenceDetector() {
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    return sentences;
  }

  private TokenizerModel tokenizer() {
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    tokenizer.setInfixPatterns(INFIX_PATTERNS);
    tokenizer.setContextChars(CONTEXT_CHARS);
    return tokenizer.fit(spark.createDataFrame(List.of(), new StructType().add("text", DataTypes.StringType)));
  }

  /** TextMatcher reads its phrases from a file; the fitted model carries them to the executors. */
  private Path writePhrases() {
    try {
      Path file = Files.createTempFile("newsstats-gazetteer-", ".txt");
      file.toFile().deleteOnExit();
      Files.write(file, phrases, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gazetteer phrase file", e);
    }
  }

  /** Spark NLP annotations (inclusive end offsets, sentence in metadata) to plain Java. */
  static AnnotatedArticle toAnnotatedArticle(Row row) {
    Date published = row.getDate(1);
    List<Row> sentenceRows = row.getList(5);
    List<Row> tokenRows = row.getList(6);
    List<Row> entityRows = row.getList(7);
    List<AnnotatedArticle.Span> sentences = new ArrayList<>(sentenceRows.size());
    for (Row s : sentenceRows) {
      sentences.add(new AnnotatedArticle.Span(begin(s), end(s)));
    }
    List<AnnotatedArticle.Token> tokens = new ArrayList<>(tokenRows.size());
    for (Row t : tokenRows) {
      tokens.add(new AnnotatedArticle.Token(begin(t), end(t), t.getString(3), sentenceIndex(t)));
    }
    String text = row.getString(4);
    List<Match> matches = new ArrayList<>(entityRows.size());
    for (Row e : entityRows) {
      matches.add(new Match(begin(e), end(e), text.substring(begin(e), end(e)), sentenceIndex(e)));
    }
    return new AnnotatedArticle(text, published.toLocalDate(), sentences, tokens, matches, NamedEntities.of(row, 8));
  }

  private static int begin(Row annotation) {
    return annotation.getInt(1);
  }

  private static int end(Row annotation) {
    return annotation.getInt(2) + 1;
  }

  private static int sentenceIndex(Row annotation) {
    Map<String, String> metadata = annotation.getJavaMap(4);
    String sentence = metadata.get("sentence");
    return sentence == null ? 0 : Integer.parseInt(sentence);
  }
}
