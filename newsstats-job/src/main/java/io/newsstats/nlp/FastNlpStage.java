package io.newsstats.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The default NLP stage: sentence detection, tokenization and gazetteer matching of our own in one
 * pass per article ({@link FastAnalyzer}), then the same linking and tone as every stage. One map
 * over the articles, no intermediate annotation columns.
 */
public final class FastNlpStage implements NlpStage {
  private final FastAnalyzer analyzer;

  public FastNlpStage(ArticleAnalyzer analyzer, Collection<String> phrases) {
    this.analyzer = new FastAnalyzer(analyzer, phrases);
  }

  @Override
  public Dataset<Row> analyze(Dataset<Row> articles) {
    // Broadcast, not captured by the function: the analyzer holds the reference data (4.6 MB
    // serialized), which a captured copy would cost every stage that reads the analysis to serialize
    // and every one of its tasks to deserialize. The broadcast is read once per executor JVM and
    // shared by its tasks (the analyzer keeps no state between articles). As Java-serialized bytes:
    // Kryo, the job's serializer, cannot write records.
    Broadcast<byte[]> shared = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext())
        .broadcast(serialized(analyzer));
    long id = shared.id();
    return articles.select(NamedEntities.withSpans(articles, "id", "published_date", "source", "title", "text"))
        .map((MapFunction<Row, Row>) row -> {
      java.sql.Date published = row.getDate(1);
      return AnalysisSchema.toRow(row.getString(0), published, row.getString(2), row.getString(3),
          analyzer(id, shared).analyze(row.getString(4), published.toLocalDate(), NamedEntities.of(row, 5)));
    }, Encoders.row(AnalysisSchema.SCHEMA));
  }

  /** The analyzer this JVM last read from a broadcast, and the broadcast's id: one per JVM, not one per task. */
  private record Read(long id, FastAnalyzer analyzer) {}

  private static volatile Read read = new Read(-1L, null);

  private static FastAnalyzer analyzer(long id, Broadcast<byte[]> shared) {
    Read last = read;
    if (last.id() == id) {
      return last.analyzer();
    }
    synchronized (FastNlpStage.class) {
      if (read.id() != id) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(shared.value()))) {
          read = new Read(id, (FastAnalyzer) in.readObject());
        } catch (IOException | ClassNotFoundException e) {
          throw new IllegalStateException("cannot read the analyzer broadcast to this executor", e);
        }
      }
      return read.analyzer();
    }
  }

  private static byte[] serialized(FastAnalyzer analyzer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
