package io.newsstats.input;

import java.util.Locale;
import java.util.Optional;

/** The input formats; AUTO decides by file extension. */
public enum InputFormat {
  AUTO,
  JSONL,
  PARQUET,
  TEXT;

  public static InputFormat parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be one of auto, jsonl, parquet, text (got '" + value + "')");
    }
  }

  /** The format a file name implies, ignoring a compression suffix; empty when it implies none. */
  public static Optional<InputFormat> byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
