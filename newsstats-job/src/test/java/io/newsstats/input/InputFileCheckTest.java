package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileCheckTest {
  @Test
  void aDirectorysDataFilesAreItsFilesAtAnyDepthOutsideHiddenOnes(@TempDir Path dir) throws Exception {
    for (String file : List.of("a.jsonl", "day/b.jsonl", "_SUCCESS", ".a.jsonl.crc", "_temporary/0/c.jsonl",
        ".hidden/d.jsonl", "day/_e.jsonl")) {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), "{}\n");
    }
    List<String> found = InputFileCheck.dataFiles(new InputSpec(dir.toString(), InputFormat.JSONL, 0),
        new Configuration()).stream().map(f -> dir.toUri().relativize(f.getPath().toUri()).getPath()).sorted().toList();
    assertEquals(List.of("a.jsonl", "day/b.jsonl"), found);
  }
}
