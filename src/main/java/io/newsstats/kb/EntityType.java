package io.newsstats.kb;

/** What a mention refers to; the value written to the {@code entity_type} column. */
public enum EntityType {
  COUNTRY,
  LEADER
}
