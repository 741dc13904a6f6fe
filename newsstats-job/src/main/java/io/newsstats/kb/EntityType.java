package io.newsstats.kb;

/** What a mention refers to; the value written to the {@code entity_type} column. */
public enum EntityType {
  COUNTRY,
  LEADER,
  /** A person a NER model found who is not a leader in the knowledge base (only with --ner). */
  PERSON,
  /** An organisation a NER model found (only with --ner). */
  ORG
}
