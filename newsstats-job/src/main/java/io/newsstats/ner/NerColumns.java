package io.newsstats.ner;

/** Column names shared by the NER pipeline stages. */
final class NerColumns {
  static final String DOCUMENT = "ner_document";
  static final String SENTENCE = "ner_sentence";
  static final String TOKEN = "ner_token";
  static final String EMBEDDINGS = "ner_embeddings";
  static final String NER = "ner";
  static final String CHUNK = "ner_chunk";
  static final String LABEL = "label";

  private NerColumns() {}
}
