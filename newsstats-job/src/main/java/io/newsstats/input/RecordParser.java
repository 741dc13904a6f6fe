package io.newsstats.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates input records of every format into {@link Article}s, or rejections naming the
 * problem. Pure: no Spark, so every rule is unit-tested directly.
 */
public final class RecordParser {
  /** The record fields the job reads, in JSON Lines and Parquet alike. */
  public static final String[] FIELDS = {"id", "published", "source", "title", "text", "url", "language"};
  /**
   * Exactly one JSON value per line (a second object or trailing garbage is an error, not ignored),
   * and no key twice (which of two "text" values would be the article?).
   */
  private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  /**
   * The publication dates the output can hold: from the first full year of the Gregorian calendar
   * (earlier dates are stored differently by Spark's old and new calendars, and Spark refuses to
   * write them) to year 9999 (a five-digit year breaks ISO-8601 readers).
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1583, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
  private static final Set<String> ENGLISH = Set.of("en", "eng", "english");

  private RecordParser() {}

  /**
   * How a record's language is settled: {@code DETECT} identifies it when the record names none
   * (the default); {@code ENGLISH} takes every such record as English (--language en, for corpora
   * known to be English).
   */
  public enum LanguagePolicy { DETECT, ENGLISH }

  /** One line of a JSON Lines file, its language detected when it names none. */
  public static ParseResult parseJsonLine(String line) {
    return parseJsonLine(line, LanguagePolicy.DETECT);
  }

  /** One line of a JSON Lines file. */
  public static ParseResult parseJsonLine(String line, LanguagePolicy languages) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      return reject(RejectReason.INVALID_JSON, "not valid JSON: " + firstLine(why), line);
    }
    if (node == null || !node.isObject()) {
      return reject(RejectReason.NOT_AN_OBJECT, "a JSON record must be an object", line);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : FIELDS) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isTextual()) {
        return reject(RejectReason.INVALID_FIELD, "field '" + name + "' must be a string, not "
            + kind(value), line);
      }
      fields.put(name, value.asText());
    }
    return fromFields(fields, line, languages);
  }

  /**
   * A record given as named fields (a Parquet row, a parsed JSON object). {@code published} may be
   * a String, a LocalDate, a java.sql.Date or a java.sql.Timestamp.
   */
  public static ParseResult fromFields(Map<String, Object> fields, String raw) {
    return fromFields(fields, raw, LanguagePolicy.DETECT);
  }

  /** As {@link #fromFields(Map, String)}, settling the language as {@code languages} says. */
  public static ParseResult fromFields(Map<String, Object> fields, String raw, LanguagePolicy languages) {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      boolean dateField = field.getKey().equals("published");
      boolean ok = value == null || value instanceof String || (dateField && (value instanceof LocalDate
          || value instanceof java.sql.Date || value instanceof java.sql.Timestamp || value instanceof java.time.Instant));
      if (!ok) {
        return reject(RejectReason.INVALID_FIELD, "field '" + field.getKey() + "' must be a string"
            + (dateField ? " or a date" : "") + ", not " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT), raw);
      }
    }
    String text = string(fields.get("text"));
    if (text == null || text.isBlank()) {
      return reject(RejectReason.MISSING_TEXT, "no text", raw);
    }
    Object published = fields.get("published");
    if (published == null || (published instanceof String s && s.isBlank())) {
      return reject(RejectReason.MISSING_DATE, "no published date", raw);
    }
    Optional<LocalDate> date = toDate(published);
    if (date.isEmpty()) {
      return reject(RejectReason.INVALID_DATE,
          "published '" + published + "' is not an ISO-8601 date or timestamp", raw);
    }
    if (date.get().isBefore(EARLIEST_DATE) || date.get().isAfter(LATEST_DATE)) {
      return reject(RejectReason.INVALID_DATE, "published '" + published + "' is outside the dates the output can"
          + " hold (" + EARLIEST_DATE + " to " + LATEST_DATE + ")", raw);
    }
    String language = string(fields.get("language"));
    boolean uncertain = false;
    if (language != null && !language.isBlank()) {
      language = language.trim();
      if (!isEnglish(language)) {
        return new ParseResult.Rejected(RejectReason.UNSUPPORTED_LANGUAGE, "language '" + language
            + "' is not English, the language of the lexicon and gazetteer", raw, language.toLowerCase(Locale.ROOT));
      }
      language = "en";  // "en-GB", "eng", "English": one code in the tables
    } else if (languages == LanguagePolicy.ENGLISH) {
      language = "en";
    } else {
      LanguageId.Guess guess = LanguageId.detect(text);
      if (!guess.english()) {
        return new ParseResult.Rejected(RejectReason.UNSUPPORTED_LANGUAGE, String.format(Locale.ROOT,
            "detected language '%s' (confidence %.2f) is not English, the language of the lexicon and gazetteer",
            guess.code(), guess.confidence()), raw, guess.code());
      }
      language = "en";
      uncertain = guess.uncertain();
    }
    String id = string(fields.get("id"));
    if (id == null || id.isBlank()) {
      id = contentId(text);
    }
    return new ParseResult.Accepted(new Article(id.trim(), date.get(), string(fields.get("source")),
        string(fields.get("title")), text, string(fields.get("url")), language, uncertain));
  }

  /** A plain-text file: the first line is the title, the rest the body; the id is the file name. */
  public static ParseResult fromTextFile(String fileName, String content, LocalDate defaultDate) {
    return fromTextFile(fileName, content, defaultDate, LanguagePolicy.DETECT);
  }

  /** As {@link #fromTextFile(String, String, LocalDate)}, settling the language as {@code languages} says. */
  public static ParseResult fromTextFile(String fileName, String content, LocalDate defaultDate,
      LanguagePolicy languages) {
    String normalised = content.replace("\r\n", "\n");
    int newline = normalised.indexOf('\n');
    String title = (newline < 0 ? normalised : normalised.substring(0, newline)).strip();
    String body = newline < 0 ? "" : normalised.substring(newline + 1).strip();
    String raw = content;
    if (body.isEmpty()) {
      return reject(RejectReason.MISSING_TEXT, "file " + fileName + " has a title line but no body", raw);
    }
    if (defaultDate == null) {
      return reject(RejectReason.MISSING_DATE, "text files carry no date: pass --default-date", raw);
    }
    String id = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("published", defaultDate);
    fields.put("title", title);
    fields.put("text", body);
    return fromFields(fields, raw, languages);
  }

  static Optional<LocalDate> toDate(Object value) {
    if (value instanceof LocalDate d) {
      return Optional.of(d);
    }
    if (value instanceof java.sql.Date d) {
      return Optional.of(d.toLocalDate());
    }
    if (value instanceof java.sql.Timestamp t) {
      return Optional.of(t.toLocalDateTime().toLocalDate());
    }
    if (value instanceof java.time.Instant i) {
      return Optional.of(i.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
    }
    return PublishedDates.parse(String.valueOf(value));
  }

  private static boolean isEnglish(String language) {
    String lower = language.trim().toLowerCase(Locale.ROOT);
    return ENGLISH.contains(lower) || lower.startsWith("en-") || lower.startsWith("en_");
  }

  /** A top-level "id" key: an unescaped quote before it, so never text inside a string value. */
  private static final java.util.regex.Pattern ID_KEY =
      java.util.regex.Pattern.compile("(?<!\\\\)\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * The id a rejected record's raw text gives, even when the record is not valid JSON ("{\"id\":
   * \"x\", \"text\": \"unterminated"), or null: the rejected table names the record where it can.
   */
  public static String recordIdOf(String raw) {
    if (raw == null) {
      return null;
    }
    java.util.regex.Matcher m = ID_KEY.matcher(raw);
    if (!m.find()) {
      return null;
    }
    try {
      return JSON.readValue("\"" + m.group(1) + "\"", String.class);
    } catch (JsonProcessingException e) {
      return m.group(1);
    }
  }

  /** Records without an id get one from their text, so an exact re-post counts as a duplicate. */
  static String contentId(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "auto-" + HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static ParseResult reject(RejectReason reason, String detail, String raw) {
    return new ParseResult.Rejected(reason, detail, raw);
  }

  private static String kind(JsonNode value) {
    return value.isNumber() ? "a number" : value.isBoolean() ? "a boolean" : value.isArray() ? "an array"
        : value.isObject() ? "an object" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
