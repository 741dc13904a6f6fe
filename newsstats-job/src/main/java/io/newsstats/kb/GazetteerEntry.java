package io.newsstats.kb;

import java.io.Serializable;

/** One thing a surface form can mean. */
public record GazetteerEntry(EntityType type, String id, Form form) implements Serializable {

  /** How the surface form names the entity; decides how the linker treats a match. */
  public enum Form {
    /** A country's common or official name, or an alternative name. */
    COUNTRY_NAME,
    /** "Russian", "North Koreans": counts as a mention of the country. */
    DEMONYM,
    /** "Moscow", "the Kremlin": the capital or seat of power standing for the state. */
    CAPITAL,
    /** A leader's name in two or more words: identifies the leader without context. */
    LEADER_FULL,
    /** A single-word alias ("Putin", "Lula"): needs the article or the date to resolve. */
    LEADER_SHORT,
    /**
     * A single word that is also a given name or an ordinary word ("Kim", "Howard", "Brown"): names
     * the leader only after their full name in the article, or after a title ("Mr Brown").
     */
    LEADER_CONTEXTUAL,
    /** The last word of a leader's name that is no alias ("Brown", "May"): a leader only after a title ("Mrs May"). */
    LEADER_TITLED
  }
}
