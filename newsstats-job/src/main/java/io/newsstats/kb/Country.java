package io.newsstats.kb;

import java.io.Serializable;
import java.util.List;

/** A country or territory with the names news text uses for it. */
public record Country(
    String iso3,
    String iso2,
    String name,
    String officialName,
    boolean sovereign,
    String unStatus,
    List<String> aliases,
    List<String> demonyms,
    List<String> capitals,
    String region,
    String source) implements Serializable {}
