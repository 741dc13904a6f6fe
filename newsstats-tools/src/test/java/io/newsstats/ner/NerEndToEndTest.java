package io.newsstats.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.input.InputFormat;
import io.newsstats.job.JobOptions;
import io.newsstats.job.NewsStatsJob;
import io.newsstats.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains a tiny NerDL model (Word2Vec embeddings learnt from the same small CoNLL file the project
 * wrote), saves it, loads it back, scores it and runs the job with it.
 */
class NerEndToEndTest {
  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path conll;
  private static Path modelDir;

  @BeforeAll
  static void trainAndSave() throws Exception {
    spark = SharedSpark.get();
    conll = Path.of(NerEndToEndTest.class.getClassLoader().getResource("ner/news.conll").toURI());
    PipelineModel model = NerModelTrainer.train(spark, conll.toString(), new NerModelTrainer.Embeddings(null, null, 100),
        new NerModelTrainer.Settings(6, 0.01f, 8, 42));
    modelDir = temp.resolve("ner-model");
    model.write().overwrite().save(modelDir.toString());
  }

  @Test
  void savedModelLoadsAndTagsItsTrainingSentences() throws Exception {
    NerModel model = NerModel.load(NerModel.locate(modelDir.toString(), new Configuration()));
    ChunkScores scores = new ChunkScores();
    for (Row row : model.tagTokenized(NerModelTrainer.readConll(spark, conll.toString()))
        .selectExpr("label.result", "ner.result").collectAsList()) {
      scores.add(row.getList(0), row.getList(1));
    }
    double f1 = ChunkScores.f1(scores.counts(null, true));
    assertTrue(f1 > 0.8, "micro-F1 on its own training sentences: " + scores.report());
  }

  @Test
  void gloveFormatEmbeddingsTrainToo() throws Exception {
    // The Word2Vec vectors the first model learnt, written as a GloVe text file: the other embeddings
    // route; with a validation file (its own sentences here), so the keep-the-best-epoch route runs too.
    PipelineModel first = PipelineModel.load(modelDir.toString());
    com.johnsnowlabs.nlp.embeddings.Word2VecModel word2vec = java.util.Arrays.stream(first.stages())
        .filter(s -> s instanceof com.johnsnowlabs.nlp.embeddings.Word2VecModel)
        .map(s -> (com.johnsnowlabs.nlp.embeddings.Word2VecModel) s).findFirst().orElseThrow();
    first.transform(NerModelTrainer.readConll(spark, conll.toString()).select("text")).count();  // loads the vectors
    List<String> lines = word2vec.getVectors().collectAsList().stream().map(r -> r.getString(0) + " "
        + r.getList(1).stream().map(v -> String.format(java.util.Locale.ROOT, "%.5f", ((Number) v).doubleValue()))
            .collect(Collectors.joining(" "))).toList();
    Path glove = Files.write(temp.resolve("vectors.txt"), lines);
    PipelineModel model = NerModelTrainer.train(spark, conll.toString(),
        new NerModelTrainer.Embeddings(glove, null, word2vec.getVectorSize()), new NerModelTrainer.Settings(2, 0.01f, 8, 42,
            conll.toString()));
    Path saved = temp.resolve("glove-model");
    model.write().overwrite().save(saved.toString());
    NerModel loaded = NerModel.load(NerModel.locate(saved.toString(), new Configuration()));
    assertEquals(1, loaded.annotate(spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(
        "Anna Berg met reporters in Oslo .")), new org.apache.spark.sql.types.StructType().add("text", "string")))
        .count());
  }

  @Test
  void jobWithNerAddsPeopleAndOrganisationsAndKeepsLeaders() throws Exception {
    Path input = temp.resolve("articles.jsonl");
    Files.write(input, List.of(
        "{\"id\": \"a1\", \"published\": \"2023-05-02\", \"text\": \"Maria Lopez , a spokeswoman for Acme Bank , "
            + "said on Monday that talks would continue . Olaf Scholz met Georgia Hart in Berlin to discuss the budget .\"}",
        "{\"id\": \"a2\", \"published\": \"2023-05-03\", \"text\": \"John Carter of World Bank told reporters the plan "
            + "was sound . Germany agreed .\"}"));
    Path out = temp.resolve("out");
    NewsStatsJob.run(spark, new JobOptions(List.of(input.toString()), out.toString(), InputFormat.JSONL,
        LocalDate.of(2023, 5, 1)).withNer(modelDir.toString()));
    Set<String> people = ids(out, "person_stats");
    Set<String> orgs = ids(out, "org_stats");
    assertTrue(people.containsAll(Set.of("maria-lopez", "john-carter", "georgia-hart")), "people: " + people);
    assertTrue(people.contains("olaf-scholz"), "a leader is a person too, under the knowledge base's id");
    assertTrue(orgs.containsAll(Set.of("acme-bank", "world-bank")), "organisations: " + orgs);
    assertTrue(ids(out, "leader_stats").contains("olaf-scholz"));
    Set<String> countries = ids(out, "country_stats");
    assertFalse(countries.contains("GEO"), "Georgia in Georgia Hart's name is not the country: " + countries);
    assertTrue(countries.contains("DEU"));
    assertEquals(spark.read().parquet(out.resolve("leader_stats").toString()).schema().fieldNames().length,
        spark.read().parquet(out.resolve("person_stats").toString()).schema().fieldNames().length);
  }

  private static Set<String> ids(Path out, String table) {
    return spark.read().parquet(out.resolve(table).toString()).select("id").collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet());
  }
}
