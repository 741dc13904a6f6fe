package io.newsstats.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import io.newsstats.linking.Match;
import io.newsstats.linking.NamedEntity;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The NLP stage on Spark NLP: DocumentAssembler → SentenceDetector → Tokenizer → TextMatcher
 * (the gazetteer), then linking and tone in one pass over the annotations of each article. A text
 * longer than a window (20,000 characters) is annotated window by window, cut at paragraph breaks,
 * because the sentence detector and the matcher cost more than linear time in a document's length.
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

  private final int windowChars;
  private final boolean tagNames;

  public SparkNlpStage(SparkSession spark, ArticleAnalyzer analyzer, Collection<String> phrases) {
    this(spark, analyzer, phrases, TextWindows.DEFAULT_MAX_CHARS);
  }

  /** With windows of at most {@code windowChars} for the annotators (see {@link TextWindows}). */
  SparkNlpStage(SparkSession spark, ArticleAnalyzer analyzer, Collection<String> phrases, int windowChars) {
    this.spark = spark;
    // The bundled name tagger runs as an annotator in the pipeline (NameTaggerAnnotator), not after it.
    this.tagNames = analyzer.tagsNames();
    this.analyzer = analyzer.withNamesTaggedBefore();
    this.phrases = phrases;
    this.windowChars = windowChars;
  }

  @Override
  public Dataset<Row> analyze(Dataset<Row> articles) {
    PipelineModel pipeline = fitPipeline();
    Dataset<Row> input = articles.select(NamedEntities.inputColumns(articles));
    int maxChars = windowChars;
    Dataset<Row> windows = input.flatMap((FlatMapFunction<Row, Row>) row -> windows(row, maxChars).iterator(),
        Encoders.row(windowSchema(input.schema())));
    Dataset<Row> annotated = pipeline.transform(windows)
        .select(col("id"), col("published_date"), col("source"), col("title"), col("text"), col("sentence"),
            col("token"), col("entity"), col(NamedEntities.COLUMN), col("window"), col("windows"),
            col("window_offset"), col("article_text"), tagNames ? col("name_chunks") : lit(null).as("name_chunks"));
    ArticleAnalyzer articleAnalyzer = analyzer;
    // The windows of an article are consecutive rows of one partition: flatMap and the annotators
    // are narrow, order-keeping steps, so they are joined again here without a shuffle.
    return annotated.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new WindowJoiner(rows, row -> {
      AnnotatedArticle article = row.article();
      return AnalysisSchema.toRow(row.first().getString(0), row.first().getDate(1), row.first().getString(2),
          row.first().getString(3), articleAnalyzer.analyze(article));
    }), Encoders.row(AnalysisSchema.SCHEMA));
  }

  /** The article's windows: the whole text as one row when it fits (almost always). */
  static List<Row> windows(Row article, int maxChars) {
    String text = article.getString(4);
    int[] starts = TextWindows.starts(text, maxChars);
    List<Row> rows = new ArrayList<>(starts.length);
    for (int w = 0; w < starts.length; w++) {
      int end = w + 1 < starts.length ? starts[w + 1] : text.length();
      rows.add(RowFactory.create(article.get(0), article.get(1), article.get(2), article.get(3),
          text.substring(starts[w], end), w == 0 ? article.get(5) : null, w, starts.length, starts[w],
          starts.length == 1 ? null : text));
    }
    return rows;
  }

  static StructType windowSchema(StructType input) {
    return input.add("window", DataTypes.IntegerType, false).add("windows", DataTypes.IntegerType, false)
        .add("window_offset", DataTypes.IntegerType, false).add("article_text", DataTypes.StringType, true);
  }

  /** One article's annotations gathered from its windows, offsets and sentence numbers made whole-text. */
  static final class Gathered {
    private final Row first;
    private final String text;
    private final List<AnnotatedArticle.Span> sentences = new ArrayList<>();
    private final List<AnnotatedArticle.Token> tokens = new ArrayList<>();
    private final List<Match> matches = new ArrayList<>();
    private final List<NamedEntity> names = new ArrayList<>();

    Gathered(Row first) {
      this.first = first;
      this.text = first.isNullAt(12) ? first.getString(4) : first.getString(12);
    }

    Row first() {
      return first;
    }

    void add(Row window) {
      int offset = window.getInt(11);
      int sentenceBase = sentences.size();
      for (Row s : window.<Row>getList(5)) {
        sentences.add(new AnnotatedArticle.Span(offset + begin(s), offset + end(s)));
      }
      for (Row t : window.<Row>getList(6)) {
        tokens.add(new AnnotatedArticle.Token(offset + begin(t), offset + end(t), t.getString(3),
            sentenceBase + sentenceIndex(t)));
      }
      for (Row e : window.<Row>getList(7)) {
        matches.add(new Match(offset + begin(e), offset + end(e), text.substring(offset + begin(e), offset + end(e)),
            sentenceBase + sentenceIndex(e)));
      }
      if (!window.isNullAt(13)) {
        for (Row chunk : window.<Row>getList(13)) {
          int begin = offset + begin(chunk);
          int end = offset + end(chunk);
          names.add(new NamedEntity(begin, end, chunk.<String, String>getJavaMap(4).get("entity"),
              text.substring(begin, end)));
        }
      }
    }

    /** With the NER spans of --ner when the article has them, else the name tagger's. */
    AnnotatedArticle article() {
      List<NamedEntity> spans = NamedEntities.of(first, 8);
      return new AnnotatedArticle(text, first.getDate(1).toLocalDate(), sentences, tokens, matches,
          spans.isEmpty() ? names : spans);
    }
  }

  /** Rows of windows in, one output per article once its last window has been seen. */
  static final class WindowJoiner implements Iterator<Row> {
    private final Iterator<Row> windows;
    private final Finisher finish;

    /** What to make of a gathered article (a serializable function, as Spark ships it in a closure). */
    interface Finisher extends Serializable {
      Row apply(Gathered article);
    }

    WindowJoiner(Iterator<Row> windows, Finisher finish) {
      this.windows = windows;
      this.finish = finish;
    }

    @Override
    public boolean hasNext() {
      return windows.hasNext();
    }

    @Override
    public Row next() {
      Row first = windows.next();
      Gathered article = new Gathered(first);
      article.add(first);
      int count = first.getInt(10);
      for (int w = 1; w < count; w++) {
        Row window = windows.hasNext() ? windows.next() : null;
        if (window == null || window.getInt(9) != w || !window.getString(0).equals(first.getString(0))) {
          throw new IllegalStateException("windows of article " + first.getString(0) + " arrived out of order");
        }
        article.add(window);
      }
      if (first.getInt(9) != 0) {
        throw new IllegalStateException("windows of article " + first.getString(0) + " arrived out of order");
      }
      return finish.apply(article);
    }
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

    List<PipelineStage> stages = new ArrayList<>(List.of(document, sentences, tokenizer, matcher));
    if (tagNames) {
      NameTaggerAnnotator names = new NameTaggerAnnotator();
      names.setInputCols(new String[] {"sentence", "token"});
      names.setOutputCol("name_tags");
      NerConverter chunks = new NerConverter();
      chunks.setInputCols(new String[] {"sentence", "token", "name_tags"});
      chunks.setOutputCol("name_chunks");
      stages.add(names);
      stages.add(chunks);
    }
    Pipeline pipeline = new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
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
