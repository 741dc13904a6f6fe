package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void numericIdsBecomeStrings() {
    assertEquals("42", accepted(RecordParser.parseJsonLine("{\"id\":42,\"published\":\"2024-01-01\",\"text\":\"x\"}")).id());
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
}
