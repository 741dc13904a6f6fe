package io.newsstats.bench;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.to_date;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.er.EntityRulerApproach;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import io.newsstats.job.JvmMemory;
import io.newsstats.job.SparkDefaults;
import io.newsstats.kb.Country;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.Leader;
import io.newsstats.kb.TextKeys;
import io.newsstats.nlp.SparkNlpStage;
import io.newsstats.resources.BundledFiles;
import io.newsstats.sentiment.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The two comparison jobs of {@code jobs/bench}, each run in its own JVM so its time runs from JVM
 * start to the last Parquet file: {@code floor} (read the articles, regex-tokenize, count tokens)
 * and {@code stock} (Spark NLP's rule pipeline as its documentation builds it — DocumentAssembler,
 * SentenceDetector, Tokenizer, EntityRuler, SentimentDetector — with newsstats' gazetteer and the
 * VADER lexicon, aggregated to daily mentions, articles and tone per entity). Prints the JVM's peak
 * heap as its last line.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws IOException {
    JvmMemory.startSampling();
    if (args.length != 4) {
      System.err.println("usage: Benchmark floor|stock INPUT.jsonl OUTPUT_DIR MASTER");
      System.exit(2);
    }
    // The job's own session settings (input splits included), so that floor and stock compare like with like.
    SparkSession spark = SparkDefaults.builder("newsstats-bench-" + args[0], args[3],
            java.nio.file.Files.size(java.nio.file.Path.of(args[1])), key -> System.getProperty(key) != null)
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    Dataset<Row> articles = spark.read().json(args[1])
        .select(col("id"), to_date(expr("substring(published, 1, 10)")).as("date"), col("text"));
    switch (args[0]) {
      case "floor" -> floor(articles, args[2]);
      case "stock" -> stock(spark, articles, args[2]);
      default -> throw new IllegalArgumentException("mode must be floor or stock");
    }
    spark.stop();
    System.out.println("peak_heap_mb=" + JvmMemory.peakHeapMb());
  }

  /** The cost of just reading the text: a regex tokenizer and a token count per article. */
  static void floor(Dataset<Row> articles, String output) {
    articles.select(col("id"), size(split(col("text"), "\\W+")).as("tokens"))
        .write().mode(SaveMode.Overwrite).parquet(output + "/tokens");
  }

  static void stock(SparkSession spark, Dataset<Row> articles, String output) throws IOException {
    Path work = Files.createTempDirectory("newsstats-bench-");
    DocumentAssembler document = SparkNlpStage.documentAssembler();
    SentenceDetector sentences = SparkNlpStage.sentenceDetector();
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    EntityRulerApproach ruler = new EntityRulerApproach();
    ruler.setInputCols(new String[] {"sentence", "token"});
    ruler.setOutputCol("entity");
    ruler.setPatternsResource(writePatterns(work).toString(), ReadAs.TEXT(), scalaMap(Map.of("format", "JSONL")));
    ruler.setSentenceMatch(false);
    ruler.setUseStorage(false);
    ruler.setAlphabetResource(writeAlphabet(work).toString());
    SentimentDetector sentiment = new SentimentDetector();
    sentiment.setInputCols(new String[] {"token", "sentence"});
    sentiment.setOutputCol("sentiment");
    sentiment.setDictionary(writeSentimentDictionary(work).toString(), ",", ReadAs.TEXT(),
        sentiment.setDictionary$default$4());
    sentiment.setEnableScore(true);

    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, ruler, sentiment});
    Dataset<Row> annotated = pipeline.fit(articles).transform(articles);
    Dataset<Row> mentions = annotated
        .select(col("id"), col("date"), expr("aggregate(transform(sentiment, s -> cast(s.result as double)), 0D, "
            + "(a, b) -> a + b) / greatest(size(sentiment), 1)").as("tone"), explode(col("entity")).as("e"))
        .select(col("id"), col("date"), col("tone"), col("e.metadata").getItem("id").as("entity"));
    mentions.groupBy("date", "entity")
        .agg(countDistinct("id").as("articles"), count("*").as("mentions"), avg("tone").as("tone_mean"))
        .write().mode(SaveMode.Overwrite).parquet(output + "/entity_stats");
  }

  /** EntityRuler patterns from the bundled knowledge base; its default alphabet is ASCII. */
  private static Path writePatterns(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    List<String> lines = new ArrayList<>();
    for (Country c : kb.countries()) {
      Set<String> patterns = ascii(Stream.of(List.of(c.name(), c.officialName()), c.aliases(), c.demonyms(),
          c.capitals()).flatMap(List::stream));
      lines.add(json.writeValueAsString(Map.of("label", "COUNTRY", "id", c.iso3(), "patterns", patterns)));
    }
    for (Leader l : kb.leaders()) {
      Set<String> patterns = ascii(Stream.concat(Stream.of(l.name()), l.aliases().stream()));
      lines.add(json.writeValueAsString(Map.of("label", "LEADER", "id", l.id(), "patterns", patterns)));
    }
    return Files.write(dir.resolve("patterns.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static Set<String> ascii(Stream<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.map(TextKeys::asciiFold).filter(n -> n.chars().allMatch(ch -> ch < 128)).forEach(out::add);
    return out;
  }

  /** EntityRuler's Aho-Corasick automaton refuses text characters outside its alphabet: give it Latin and punctuation. */
  private static Path writeAlphabet(Path dir) throws IOException {
    StringBuilder alphabet = new StringBuilder();
    for (char c = 0x21; c <= 0x24F; c++) {
      if (!Character.isISOControl(c)) {
        alphabet.append(c);
      }
    }
    for (char c = 0x2010; c <= 0x206F; c++) {
      alphabet.append(c);
    }
    alphabet.append("\u20ac");
    return Files.writeString(dir.resolve("alphabet.txt"), alphabet.toString(), StandardCharsets.UTF_8);
  }

  /** SentimentDetector's dictionary: word,positive|negative from the VADER lexicon. */
  private static Path writeSentimentDictionary(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        BundledFiles.open(Lexicon.BUNDLED_VADER),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t");
        if (fields.length > 1 && fields[0].chars().allMatch(Character::isLetter)) {
          double valence = Double.parseDouble(fields[1]);
          if (valence != 0) {
            lines.add(fields[0].toLowerCase(Locale.ROOT) + "," + (valence > 0 ? "positive" : "negative"));
          }
        }
      }
    }
    return Files.write(dir.resolve("sentiment.txt"), lines, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static scala.collection.immutable.Map<String, String> scalaMap(Map<String, String> map) {
    scala.collection.immutable.Map<String, String> result = scala.collection.immutable.Map$.MODULE$.empty();
    for (Map.Entry<String, String> e : map.entrySet()) {
      result = result.$plus(new scala.Tuple2<>(e.getKey(), e.getValue()));
    }
    return result;
  }
}
