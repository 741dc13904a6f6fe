package io.newsstats.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import io.newsstats.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A NER model folder, checked and loaded: either a pipeline written by {@code train-ner}, or a
 * folder holding a Spark NLP NerDLModel and the word embeddings it was trained with, as unpacked
 * from the Models Hub (e.g. {@code ner_dl} and {@code glove_100d} side by side). Anything else is
 * refused with one line that says what is missing.
 */
public final class NerModel {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PIPELINE = "org.apache.spark.ml.PipelineModel";
  private static final String NER_DL = NerDLModel.class.getName();

  private final PipelineModel pipeline;
  private final String description;

  private NerModel(PipelineModel pipeline, String description) {
    this.pipeline = pipeline;
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** A checked model folder: a train-ner pipeline, or a NerDLModel and embeddings pair. */
  public record Location(String dir, String pipeline, String ner, String embeddings, String embeddingsClass) {}

  /** Checks the folder without Spark (before a run starts): one-line errors for anything missing. */
  public static Location locate(String dir, Configuration hadoopConf) {
    return locate(dir, hadoopConf, "--ner");
  }

  /** @param option the command-line option that named the folder, for the error message */
  public static Location locate(String dir, Configuration hadoopConf, String option) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(hadoopConf);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new InvalidInputException(option + " " + dir + ": no such folder");
      }
      String rootClass = modelClass(fs, root);
      if (PIPELINE.equals(rootClass)) {
        if (!fs.exists(new Path(root, "stages"))) {
          throw new InvalidInputException(option + " " + dir + ": incomplete pipeline folder (no stages/)");
        }
        return new Location(dir, dir, null, null, null);
      }
      if (rootClass != null) {
        throw new InvalidInputException(option + " " + dir + ": a " + simple(rootClass) + " alone; expected a train-ner "
            + "pipeline, or a folder with a NerDLModel and its embeddings side by side");
      }
      String nerPath = null;
      String embeddingsPath = null;
      String embeddingsClass = null;
      for (FileStatus child : fs.listStatus(root)) {
        String cls = child.isDirectory() ? modelClass(fs, child.getPath()) : null;
        if (NER_DL.equals(cls)) {
          nerPath = child.getPath().toString();
        } else if (WordEmbeddingsModel.class.getName().equals(cls) || Word2VecModel.class.getName().equals(cls)) {
          embeddingsPath = child.getPath().toString();
          embeddingsClass = cls;
        }
      }
      if (nerPath == null || embeddingsPath == null) {
        throw new InvalidInputException(option + " " + dir + ": not a NER model folder (needs a train-ner pipeline, or a "
            + "NerDLModel folder and a word-embeddings folder inside it; found "
            + (nerPath == null ? "no NerDLModel" : "no embeddings") + ")");
      }
      return new Location(dir, null, nerPath, embeddingsPath, embeddingsClass);
    } catch (IOException e) {
      throw new InvalidInputException(option + " " + dir + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Loads a checked folder; needs an active SparkSession. */
  public static NerModel load(Location location) {
    if (location.pipeline() != null) {
      PipelineModel pipeline = PipelineModel.load(location.pipeline());
      requireStages(location.dir(), pipeline.stages());
      return new NerModel(pipeline, "pipeline " + location.dir());
    }
    Transformer embeddings = WordEmbeddingsModel.class.getName().equals(location.embeddingsClass())
        ? (Transformer) WordEmbeddingsModel.load(location.embeddings())
        : (Transformer) Word2VecModel.load(location.embeddings());
    NerDLModel ner = (NerDLModel) NerDLModel.load(location.ner());
    return new NerModel(assemble(embeddings, ner), "NerDLModel " + location.ner() + " with " + location.embeddings());
  }

  /** The class a saved Spark ML folder holds (its metadata/part-00000), or null when it is not one. */
  private static String modelClass(FileSystem fs, Path dir) throws IOException {
    Path metadata = new Path(new Path(dir, "metadata"), "part-00000");
    if (!fs.exists(metadata)) {
      return null;
    }
    try (InputStream in = fs.open(metadata)) {
      String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("{}");
      JsonNode node = JSON.readTree(first);
      return node.path("class").asText(null);
    }
  }

  private static void requireStages(String dir, Transformer[] stages) {
    boolean ner = false;
    boolean chunks = false;
    for (Transformer stage : stages) {
      ner |= stage instanceof NerDLModel;
      chunks |= stage instanceof NerConverter;
    }
    if (!ner || !chunks) {
      throw new InvalidInputException("--ner " + dir + ": the pipeline has no " + (ner ? "NerConverter" : "NerDLModel")
          + " stage; write it with train-ner");
    }
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** Our sentence detector and tokenizer in front of a Hub model pair, and chunks at the end. */
  private static PipelineModel assemble(Transformer embeddings, NerDLModel ner) {
    setColumns(embeddings, new String[] {NerColumns.SENTENCE, NerColumns.TOKEN}, NerColumns.EMBEDDINGS);
    ner.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN, NerColumns.EMBEDDINGS});
    ner.setOutputCol(NerColumns.NER);
    PipelineStage[] front = NerStages.textToTokens();
    // The tokenizer needs fitting only formally: fitted on no rows, every stage is a transformer.
    Transformer tokenizer = ((Tokenizer) front[2]).fit(emptyText());
    return new PipelineModel("newsstats_ner", new Transformer[] {(Transformer) front[0], (Transformer) front[1],
        tokenizer, embeddings, ner, NerStages.chunks()});
  }

  private static void setColumns(Transformer embeddings, String[] inputs, String output) {
    if (embeddings instanceof WordEmbeddingsModel w) {
      w.setInputCols(inputs);
      w.setOutputCol(output);
    } else if (embeddings instanceof Word2VecModel w) {
      w.setInputCols(new String[] {inputs[1]});
      w.setOutputCol(output);
    }
  }

  private static Dataset<Row> emptyText() {
    org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.active();
    return spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType().add("text", "string"));
  }

  /**
   * The articles with a {@code ner_spans} column: each entity the model finds, as {@code begin},
   * {@code end} (end-exclusive character offsets in the text), {@code label} (PER, ORG, LOC, MISC)
   * and {@code text}. The annotation columns are dropped.
   */
  public Dataset<Row> annotate(Dataset<Row> articles) {
    Dataset<Row> annotated = pipeline.transform(articles).withColumn(io.newsstats.nlp.NamedEntities.COLUMN, org.apache.spark.sql.functions.expr(
        "transform(" + NerColumns.CHUNK + ", c -> named_struct('begin', c.begin, 'end', c.end + 1, "
            + "'label', c.metadata['entity'], 'text', c.result))"));
    List<String> drop = new ArrayList<>(List.of(NerColumns.DOCUMENT, NerColumns.SENTENCE, NerColumns.TOKEN,
        NerColumns.EMBEDDINGS, NerColumns.NER, NerColumns.CHUNK));
    return annotated.drop(drop.toArray(new String[0]));
  }

  /** The embeddings and tagger stages alone, for tagging sentences that are already tokenized (evaluation). */
  public Dataset<Row> tagTokenized(Dataset<Row> sentences) {
    Dataset<Row> out = sentences;
    for (Transformer stage : pipeline.stages()) {
      String name = stage.getClass().getName();
      if (stage instanceof NerDLModel || name.contains("Embeddings") || name.contains("Word2Vec")) {
        out = stage.transform(out);
      }
    }
    return out;
  }
}
