package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordParserTest {
  private static Article accepted(ParseResult result) {
    return assertInstanceOf(ParseResult.Accepted.class, result).article();
  }

  private static ParseResult.Rejected rejected(ParseResult result, RejectReason reason) {
    ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, result);
    assertEquals(reason, rejected.reason());
    return rejected;
  }

  @Test
  void completeRecord() {
    Article a = accepted(RecordParser.parseJsonLine(
        "{\"id\":\"a1\",\"published\":\"2024-06-19\",\"source\":\"Wire\",\"title\":\"T\",\"text\":\"Body\","
            + "\"url\":\"https://x\",\"language\":\"en\"}"));
    assertEquals(new Article("a1", LocalDate.of(2024, 6, 19), "Wire", "T", "Body", "https://x", "en"), a);
  }

  @Test
  void timestampsKeepTheCalendarDateAsWritten() {
    assertEquals(LocalDate.of(2024, 6, 19), PublishedDates.parse("2024-06-19T04:30:00+09:00").orElseThrow());
    assertEquals(LocalDate.of(2024, 6, 19), PublishedDates.parse("2024-06-19T23:59:00Z").orElseThrow());
    assertEquals(LocalDate.of(2024, 6, 19), PublishedDates.parse("2024-06-19T10:00").orElseThrow());
    assertEquals(LocalDate.of(2024, 6, 19), PublishedDates.parse("2024-06-19 10:00:00").orElseThrow());
    assertTrue(PublishedDates.parse("19/06/2024").isEmpty());
  }

  @Test
  void everyProblemHasItsReason() {
    String raw = "{\"id\": 1, \"text\": ";
    assertEquals(raw, rejected(RecordParser.parseJsonLine(raw), RejectReason.INVALID_JSON).raw());
    rejected(RecordParser.parseJsonLine("[1,2]"), RejectReason.NOT_AN_OBJECT);
    rejected(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\",\"text\":\"  \"}"), RejectReason.MISSING_TEXT);
    rejected(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\"}"), RejectReason.MISSING_TEXT);
    rejected(RecordParser.parseJsonLine("{\"text\":\"x\"}"), RejectReason.MISSING_DATE);
    ParseResult.Rejected badDate = rejected(
        RecordParser.parseJsonLine("{\"published\":\"2024-02-30\",\"text\":\"x\"}"), RejectReason.INVALID_DATE);
    assertEquals("published '2024-02-30' is not an ISO-8601 date or timestamp", badDate.detail());
    rejected(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\",\"text\":{\"a\":1}}"), RejectReason.INVALID_FIELD);
    rejected(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\",\"text\":\"x\",\"language\":\"de\"}"),
        RejectReason.UNSUPPORTED_LANGUAGE);
  }

  @Test
  void englishVariantsAreAccepted() {
    for (String language : new String[] {"en", "EN", "en-GB", "eng", "English"}) {
      accepted(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\",\"text\":\"x\",\"language\":\"" + language + "\"}"));
    }
  }

  @Test
  void missingIdIsDerivedFromTheText() {
    Article a = accepted(RecordParser.parseJsonLine("{\"published\":\"2024-01-01\",\"text\":\"same\"}"));
    Article b = accepted(RecordParser.parseJsonLine("{\"published\":\"2024-02-01\",\"text\":\"same\"}"));
    assertTrue(a.id().startsWith("auto-"));
    assertEquals(a.id(), b.id());
  }

  @Test
  void numericIdsAreRejectedAsTheReadmeSays() {
    rejected(RecordParser.parseJsonLine("{\"id\":42,\"published\":\"2024-01-01\",\"text\":\"x\"}"),
        RejectReason.INVALID_FIELD);
  }

  @Test
  void parquetStyleFieldsAcceptSqlDatesAndTimestamps() {
    var fields = new java.util.HashMap<String, Object>();
    fields.put("text", "x");
    fields.put("published", java.sql.Timestamp.valueOf("2024-06-19 10:00:00"));
    assertEquals(LocalDate.of(2024, 6, 19), accepted(RecordParser.fromFields(fields, "{}")).published());
    fields.put("published", java.sql.Date.valueOf("2024-06-18"));
    assertEquals(LocalDate.of(2024, 6, 18), accepted(RecordParser.fromFields(fields, "{}")).published());
  }

  @Test
  void textFileTitleIsTheFirstLineAndIdTheFileName() {
    Article a = accepted(RecordParser.fromTextFile("putin-visit.txt", "Putin visits\n\nBody line one.\nTwo.\n",
        LocalDate.of(2024, 6, 19)));
    assertEquals("putin-visit", a.id());
    assertEquals("Putin visits", a.title());
    assertEquals("Body line one.\nTwo.", a.text());
    assertNull(a.source());
    rejected(RecordParser.fromTextFile("x.txt", "Title only\n", LocalDate.of(2024, 1, 1)), RejectReason.MISSING_TEXT);
    rejected(RecordParser.fromTextFile("x.txt", "Title\nBody", null), RejectReason.MISSING_DATE);
  }

  @Test
  void exactlyOneJsonObjectPerLine() {
    String ok = "{\"published\":\"2024-06-19\",\"text\":\"Body\"}";
    rejected(RecordParser.parseJsonLine(ok + ok), RejectReason.INVALID_JSON);
    rejected(RecordParser.parseJsonLine(ok + " garbage"), RejectReason.INVALID_JSON);
    rejected(RecordParser.parseJsonLine(ok + "]"), RejectReason.INVALID_JSON);
    rejected(RecordParser.parseJsonLine("{\"published\":\"2024-06-19\",\"text\":\"a\",\"text\":\"b\"}"),
        RejectReason.INVALID_JSON);
    accepted(RecordParser.parseJsonLine(ok + "   "));
  }

  @Test
  void fieldsMustBeStrings() {
    for (String value : new String[] {"1", "2.5", "true", "false", "[\"x\"]", "{\"a\":1}"}) {
      for (String field : new String[] {"text", "id", "title", "source", "url", "language", "published"}) {
        String line = "{\"published\":\"2024-06-19\",\"text\":\"Body\",\"" + field + "\":" + value + "}";
        ParseResult.Rejected r = rejected(RecordParser.parseJsonLine(line.replace(
            "\"" + field + "\":\"2024-06-19\",", "").replace("\"" + field + "\":\"Body\",", "")),
            RejectReason.INVALID_FIELD);
        assertTrue(r.detail().contains("'" + field + "' must be a string"), r.detail());
      }
    }
  }

  @Test
  void parquetValuesAreTypedToo() {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("text", 0);
    fields.put("published", java.sql.Date.valueOf("2024-06-19"));
    rejected(RecordParser.fromFields(fields, "{}"), RejectReason.INVALID_FIELD);
    fields.put("text", "Body");
    fields.put("published", 20240619L);
    rejected(RecordParser.fromFields(fields, "{}"), RejectReason.INVALID_FIELD);
    fields.put("published", java.sql.Date.valueOf("2024-06-19"));
    accepted(RecordParser.fromFields(fields, "{}"));
  }

  @Test
  void datesTheOutputCannotHoldAreRejected() {
    for (String date : new String[] {"1500-06-01", "0000-01-01", "0001-01-01", "1582-10-10", "-0044-03-15",
        "+12024-01-01", "1582-12-31"}) {
      ParseResult.Rejected r = rejected(RecordParser.parseJsonLine(
          "{\"published\":\"" + date + "\",\"text\":\"Body\"}"), RejectReason.INVALID_DATE);
      assertTrue(r.detail().contains("outside the dates") || r.detail().contains("not an ISO-8601"), r.detail());
    }
    accepted(RecordParser.parseJsonLine("{\"published\":\"1583-01-01\",\"text\":\"Body\"}"));
    accepted(RecordParser.parseJsonLine("{\"published\":\"9999-12-31\",\"text\":\"Body\"}"));
  }

  @Test
  void aRecordInAnotherLanguageIsRejectedWithTheDetectedCode() {
    String line = "{\"id\": \"fr-1\", \"published\": \"2024-06-19\", \"text\": \"Le président russe est arrivé"
        + " mercredi en Corée du Nord pour des entretiens avec le dirigeant du pays.\"}";
    ParseResult.Rejected rejected = (ParseResult.Rejected) RecordParser.parseJsonLine(line);
    assertEquals(RejectReason.UNSUPPORTED_LANGUAGE, rejected.reason());
    assertEquals("fr", rejected.language());
    assertTrue(rejected.detail().startsWith("detected language 'fr' (confidence "), rejected.detail());
    assertEquals(line, rejected.raw());
    // --language en: the corpus is known to be English, nothing is detected
    ParseResult.Accepted assumed = (ParseResult.Accepted) RecordParser.parseJsonLine(line,
        RecordParser.LanguagePolicy.ENGLISH);
    assertEquals("en", assumed.article().language());
  }

  @Test
  void givenEnglishCodesBecomeEnAndShortTextsAreUncertain() {
    Article given = ((ParseResult.Accepted) RecordParser.parseJsonLine(
        "{\"published\": \"2024-06-19\", \"language\": \"en-GB\", \"text\": \"Ghana and Kenya met.\"}")).article();
    assertEquals("en", given.language());
    assertFalse(given.languageUncertain());
    Article shortText = ((ParseResult.Accepted) RecordParser.parseJsonLine(
        "{\"published\": \"2024-06-19\", \"text\": \"Kenya, Ghana.\"}")).article();
    assertEquals("en", shortText.language());
    assertTrue(shortText.languageUncertain());
  }

  @Test
  void aRejectedRecordKeepsTheIdItsRawTextGives() {
    assertEquals("broken", RecordParser.recordIdOf("{\"id\": \"broken\", \"text\": \"unterminated"));
    assertEquals("a\"b", RecordParser.recordIdOf("{\"text\": \"x\", \"id\": \"a\\\"b\"}"));
    assertEquals(null, RecordParser.recordIdOf("{\"text\": \"he said \\\"id\\\": \\\"no\\\"\"}"));
    assertEquals(null, RecordParser.recordIdOf("not json"));
  }
}
