package io.newsstats.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableWriterTest {
  @Test
  void rowsAreCountedInDataFilesOnlyAsSparksReadersSeeThem() {
    assertFalse(TableWriter.hidden("part-00000-abc.snappy.parquet"));
    assertFalse(TableWriter.hidden("month=2024-06"));
    assertTrue(TableWriter.hidden("_SUCCESS"));
    assertTrue(TableWriter.hidden(".part-00000-abc.snappy.parquet.crc"));
    assertTrue(TableWriter.hidden("_temporary"));
  }
}
