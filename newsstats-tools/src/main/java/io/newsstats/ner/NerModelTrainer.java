package io.newsstats.ner;

import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLApproach;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddings;
import com.johnsnowlabs.nlp.training.CoNLL;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Trains a Spark NLP NerDL model offline: CoNLL sentences (word, POS, IOB tag per line), word
 * embeddings from a GloVe-format text file or trained here with Spark NLP's Word2Vec, and the
 * BiLSTM-CNN-CRF graphs bundled in Spark NLP's jar. The result is one self-contained
 * {@link PipelineModel} folder: text in, {@code ner_chunk} annotations out.
 */
public final class NerModelTrainer {
  /** Where the embeddings come from: a GloVe text file, or a corpus to train Word2Vec on. */
  public record Embeddings(Path gloveFile, String word2vecCorpus, int dimension) {}

  /**
   * Training settings; {@code devConll}, when set, is a CoNLL file scored after every epoch, and the
   * epoch that scores best on it is the one kept.
   */
  public record Settings(int epochs, float learningRate, int batchSize, int seed, String devConll) {
    public Settings(int epochs, float learningRate, int batchSize, int seed) {
      this(epochs, learningRate, batchSize, seed, null);
    }
  }

  private NerModelTrainer() {}

  /** Reads a CoNLL file with word, POS and tag columns (CoNLL-2003 with or without its chunk column). */
  public static Dataset<Row> readConll(SparkSession spark, String path) throws IOException {
    int columns = columnCount(Path.of(path));
    int labelIndex = columns - 1;
    CoNLL conll = new CoNLL(NerColumns.DOCUMENT, NerColumns.SENTENCE, NerColumns.TOKEN, "pos", labelIndex, 1,
        "doc_id", "text", NerColumns.LABEL, true, " ", false);
    return conll.readDataset(spark, path, conll.readDataset$default$3(), conll.readDataset$default$4(),
        conll.readDataset$default$5()).toDF();
  }

  private static int columnCount(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("-DOCSTART-")) {
          return line.trim().split("\\s+").length;
        }
      }
    }
    throw new IllegalArgumentException(file + ": no CoNLL lines (word POS ... TAG) found");
  }

  public static PipelineModel train(SparkSession spark, String conllPath, Embeddings embeddings, Settings settings)
      throws IOException {
    Dataset<Row> training = readConll(spark, conllPath).cache();
    Model<?> embeddingsModel = embeddings.gloveFile() != null
        ? gloveEmbeddings(training, embeddings)
        : word2vecEmbeddings(spark, training, embeddings, settings.seed());

    NerDLApproach ner = new NerDLApproach();
    ner.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN, NerColumns.EMBEDDINGS});
    ner.setOutputCol(NerColumns.NER);
    ner.setLabelColumn(NerColumns.LABEL);
    ner.setMaxEpochs(settings.epochs());
    ner.setLr(settings.learningRate());
    ner.setBatchSize(settings.batchSize());
    ner.setRandomSeed(settings.seed());
    ner.setEnableOutputLogs(false);
    ner.setVerbose(0);
    Path devEmbedded = null;
    if (settings.devConll() != null) {
      // NerDL reads its validation set as Parquet with the embeddings already attached.
      devEmbedded = Files.createTempDirectory("newsstats-ner-dev");
      String devPath = devEmbedded.resolve("dev.parquet").toString();
      ((Transformer) embeddingsModel).transform(readConll(spark, settings.devConll())).write().parquet(devPath);
      ner.setTestDataset(devPath, ner.setTestDataset$default$2(), ner.setTestDataset$default$3());
      ner.setUseBestModel(true);
    }
    NerDLModel nerModel;
    try {
      nerModel = ner.fit(((Transformer) embeddingsModel).transform(training));
    } finally {
      training.unpersist();
      if (devEmbedded != null) {
        deleteRecursively(devEmbedded);
      }
    }

    // The model the job applies: its own sentence detector and tokenizer, then the trained stages.
    PipelineStage[] front = NerStages.textToTokens();
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {front[0], front[1], front[2],
        (PipelineStage) embeddingsModel, nerModel, NerStages.chunks()});
    return pipeline.fit(spark.createDataFrame(java.util.List.of(), org.apache.spark.sql.types.DataTypes
        .createStructType(new org.apache.spark.sql.types.StructField[] {
            org.apache.spark.sql.types.DataTypes.createStructField("text",
                org.apache.spark.sql.types.DataTypes.StringType, true)})));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static Model<?> gloveEmbeddings(Dataset<Row> training, Embeddings embeddings) {
    WordEmbeddings glove = new WordEmbeddings();
    glove.setStoragePath(embeddings.gloveFile().toString(), "TEXT");
    glove.setDimension(embeddings.dimension());
    glove.setStorageRef("newsstats_glove_" + embeddings.dimension());
    glove.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN});
    glove.setOutputCol(NerColumns.EMBEDDINGS);
    return glove.fit(training);
  }

  /** Word2Vec over the user's corpus plus the training sentences (so every training word has a vector). */
  private static Model<?> word2vecEmbeddings(SparkSession spark, Dataset<Row> training, Embeddings embeddings,
      int seed) {
    Dataset<Row> corpus = training.select("text");
    if (embeddings.word2vecCorpus() != null) {
      String path = embeddings.word2vecCorpus();
      Dataset<Row> extra = path.endsWith(".jsonl") || path.endsWith(".json") || path.endsWith(".jsonl.gz")
          ? spark.read().json(path).select("text")
          : spark.read().text(path).withColumnRenamed("value", "text");
      corpus = corpus.union(extra.filter("text IS NOT NULL"));
    }
    Word2VecApproach word2vec = new Word2VecApproach();
    word2vec.setInputCols(new String[] {NerColumns.TOKEN});
    word2vec.setOutputCol(NerColumns.EMBEDDINGS);
    word2vec.setVectorSize(embeddings.dimension());
    word2vec.setMinCount(1);
    word2vec.setWindowSize(5);
    word2vec.setMaxIter(5);
    word2vec.setSeed(seed);
    word2vec.setStorageRef("newsstats_word2vec_" + embeddings.dimension());
    PipelineStage[] front = NerStages.textToTokens();
    PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {front[0], front[1], front[2], word2vec})
        .fit(corpus);
    return (Model<?>) fitted.stages()[3];
  }
}
