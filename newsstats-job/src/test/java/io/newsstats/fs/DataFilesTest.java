package io.newsstats.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  @Test
  void filesAndDirectoriesBeginningWithUnderscoreOrDotAreNoData() {
    assertFalse(DataFiles.hidden("part-00000-abc.snappy.parquet"));
    assertFalse(DataFiles.hidden("month=2024-06"));
    assertTrue(DataFiles.hidden("_SUCCESS"));
    assertTrue(DataFiles.hidden(".part-00000-abc.snappy.parquet.crc"));
    assertTrue(DataFiles.hidden("_temporary"));
  }

  @Test
  void aTablesDataFilesAreItsPartFilesInEveryPartitionOutsideHiddenDirectories(@TempDir Path dir) throws Exception {
    for (String file : List.of("part-0.parquet", "month=2024-06/part-1.parquet", "_SUCCESS",
        ".part-0.parquet.crc", "_temporary/0/task/part-2.parquet")) {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), "");
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir.toUri());
    List<String> found = DataFiles.under(FileSystem.getLocal(new Configuration()), root).stream()
        .map(f -> dir.toUri().relativize(f.getPath().toUri()).getPath()).sorted().toList();
    assertEquals(List.of("month=2024-06/part-1.parquet", "part-0.parquet"), found);
  }
}
