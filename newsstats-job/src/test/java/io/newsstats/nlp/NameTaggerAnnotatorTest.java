package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import io.newsstats.ner.tagger.NameTagger;
import io.newsstats.testing.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name tagger in a plain Spark NLP pipeline, as a Spark NLP user would put it there. */
class NameTaggerAnnotatorTest {
  private static final String TEXT = "President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. "
      + "The Kremlin said the talks went well.";

  private static PipelineModel pipeline(SparkSession spark) {
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    NameTaggerAnnotator names = new NameTaggerAnnotator();
    names.setInputCols(new String[] {"sentence", "token"});
    names.setOutputCol("ner");
    NerConverter chunks = new NerConverter();
    chunks.setInputCols(new String[] {"sentence", "token", "ner"});
    chunks.setOutputCol("names");
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {SparkNlpStage.documentAssembler(),
        SparkNlpStage.sentenceDetector(), tokenizer, names, chunks});
    return pipeline.fit(spark.createDataFrame(List.of(), new StructType().add("text", DataTypes.StringType)));
  }

  private static Row annotate(PipelineModel model, SparkSession spark) {
    Dataset<Row> text = spark.createDataFrame(List.of(RowFactory.create(TEXT)),
        new StructType().add("text", DataTypes.StringType));
    return model.transform(text).selectExpr("token.result", "ner.result", "names.result", "names.metadata")
        .collectAsList().get(0);
  }

  @Test
  void tagsEachTokenAsTheTaggerDoesAndNerConverterMakesTheNames() {
    SparkSession spark = SharedSpark.get();
    Row row = annotate(pipeline(spark), spark);
    List<String> tokens = row.getList(0);
    List<String> tags = row.getList(1);
    assertEquals(tokens.size(), tags.size());
    int firstSentence = tokens.indexOf(".") + 1;
    assertArrayEquals(NameTagger.bundled().tag(tokens.subList(0, firstSentence).toArray(new String[0])),
        tags.subList(0, firstSentence).toArray(new String[0]));
    List<String> names = row.getList(2);
    assertTrue(names.containsAll(List.of("Vladimir Putin", "Kim Jong Un", "Pyongyang")), names.toString());
    List<scala.collection.Map<String, String>> metadata = row.getList(3);
    assertEquals("PER", metadata.get(names.indexOf("Vladimir Putin")).apply("entity"));
    assertEquals("LOC", metadata.get(names.indexOf("Pyongyang")).apply("entity"));
  }

  @Test
  void isWrittenAndReadWithThePipeline(@TempDir Path dir) throws Exception {
    SparkSession spark = SharedSpark.get();
    PipelineModel model = pipeline(spark);
    String path = dir.resolve("pipeline").toString();
    model.write().overwrite().save(path);
    PipelineModel read = PipelineModel.load(path);
    NameTaggerAnnotator stage = assertInstanceOf(NameTaggerAnnotator.class, read.stages()[3]);
    assertEquals(NameTaggerAnnotator.BUNDLED, stage.getModel());
    assertArrayEquals(new String[] {"sentence", "token"}, stage.getInputCols());
    assertEquals(annotate(model, spark), annotate(read, spark));
  }
}
