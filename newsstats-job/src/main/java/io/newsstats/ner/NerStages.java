package io.newsstats.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import org.apache.spark.ml.PipelineStage;

/** The stages every NER pipeline shares: text to sentences to tokens in front, tags to chunks at the end. */
final class NerStages {
  private NerStages() {}

  /** DocumentAssembler on "text", Spark NLP's sentence detector, its tokenizer (to be fitted). */
  static PipelineStage[] textToTokens() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol(NerColumns.DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {NerColumns.DOCUMENT});
    sentences.setOutputCol(NerColumns.SENTENCE);
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {NerColumns.SENTENCE});
    tokenizer.setOutputCol(NerColumns.TOKEN);
    return new PipelineStage[] {document, sentences, tokenizer};
  }

  static NerConverter chunks() {
    NerConverter chunks = new NerConverter();
    chunks.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN, NerColumns.NER});
    chunks.setOutputCol(NerColumns.CHUNK);
    return chunks;
  }
}
