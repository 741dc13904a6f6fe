package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every generated bad record is rejected, for its own reason (the job-level accounting is in NewsStatsJob's fuzz test). */
class BadRecordFuzzTest {
  @Test
  void everyBadRecordIsRejectedForItsReason() {
    var lines = BadRecords.generate(60);
    assertTrue(lines.size() >= 2000, "at least 2,000 bad records");
    assertTrue(BadRecords.KINDS.size() >= 25, "at least 25 kinds");
    for (BadRecords.Line line : lines) {
      ParseResult result = RecordParser.parseJsonLine(line.text());
      ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, result, line.kind() + ": " + line.text());
      assertEquals(line.reason(), rejected.reason(), line.kind() + ": " + line.text());
      assertEquals(line.text(), rejected.raw(), "the raw line is kept");
    }
  }
}
