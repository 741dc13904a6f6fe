package io.newsstats.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsstats.input.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that is missing, incomplete or of the wrong kind: one line saying so, before Spark starts. */
class NerModelFolderTest {
  @TempDir
  Path dir;

  private String error(Path folder) {
    return assertThrows(InvalidInputException.class, () -> NerModel.locate(folder.toString(), new Configuration()))
        .getMessage();
  }

  @Test
  void missingEmptyAndWrongKindFoldersAreRefused() throws Exception {
    assertEquals("--ner " + dir.resolve("nope") + ": no such folder", error(dir.resolve("nope")));
    assertEquals("--ner " + dir + ": not a NER model folder (needs a train-ner pipeline, or a NerDLModel folder and a"
        + " word-embeddings folder inside it; found no NerDLModel)", error(dir));

    Path tokenizer = Files.createDirectories(dir.resolve("tok").resolve("metadata"));
    Files.writeString(tokenizer.resolve("part-00000"), "{\"class\":\"com.johnsnowlabs.nlp.annotators.TokenizerModel\"}");
    assertEquals("--ner " + dir.resolve("tok") + ": a TokenizerModel alone; expected a train-ner pipeline, or a folder"
        + " with a NerDLModel and its embeddings side by side", error(dir.resolve("tok")));

    Path pipeline = Files.createDirectories(dir.resolve("half").resolve("metadata"));
    Files.writeString(pipeline.resolve("part-00000"), "{\"class\":\"org.apache.spark.ml.PipelineModel\"}");
    assertEquals("--ner " + dir.resolve("half") + ": incomplete pipeline folder (no stages/)", error(dir.resolve("half")));

    Path ner = Files.createDirectories(dir.resolve("hub").resolve("ner_dl").resolve("metadata"));
    Files.writeString(ner.resolve("part-00000"), "{\"class\":\"com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel\"}");
    assertEquals("--ner " + dir.resolve("hub") + ": not a NER model folder (needs a train-ner pipeline, or a NerDLModel"
        + " folder and a word-embeddings folder inside it; found no embeddings)", error(dir.resolve("hub")));
  }
}
