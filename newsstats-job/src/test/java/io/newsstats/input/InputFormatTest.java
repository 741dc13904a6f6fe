package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFormatTest {
  @TempDir
  Path dir;

  @Test
  void extensionsDecideTheFormatIgnoringCompression() {
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.byExtension("a.jsonl.gz"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.byExtension("A.JSON"));
    assertEquals(Optional.of(InputFormat.PARQUET), InputFormat.byExtension("part-0000.snappy.parquet"));
    assertEquals(Optional.of(InputFormat.TEXT), InputFormat.byExtension("story.txt"));
    assertEquals(Optional.empty(), InputFormat.byExtension("story.doc"));
  }

  @Test
  void resolverDetectsDirectoriesAndRejectsMissingOrUnknownInputs() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "t\nb");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("notes.doc"), "");
    InputResolver resolver = new InputResolver(new Configuration());
    assertEquals(List.of(new InputSpec(dir.toString(), InputFormat.TEXT, 3)),
        resolver.resolve(List.of(dir.toString()), InputFormat.AUTO));
    assertEquals(InputFormat.TEXT, resolver.resolve(List.of(dir + "/*.txt"), InputFormat.AUTO).get(0).format());

    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> resolver.resolve(List.of(dir.resolve("nope.jsonl").toString()), InputFormat.AUTO));
    assertEquals("input path not found: " + dir.resolve("nope.jsonl"), missing.getMessage());

    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> resolver.resolve(List.of(dir.resolve("notes.doc").toString()), InputFormat.AUTO));
    assertTrue(unknown.getMessage().startsWith("cannot tell the format of"), unknown.getMessage());

    Files.writeString(dir.resolve("b.jsonl"), "{}");
    InvalidInputException mixed = assertThrows(InvalidInputException.class,
        () -> resolver.resolve(List.of(dir.toString()), InputFormat.AUTO));
    assertTrue(mixed.getMessage().contains("mixes formats"), mixed.getMessage());
    assertEquals(InputFormat.JSONL, resolver.resolve(List.of(dir.toString()), InputFormat.JSONL).get(0).format());
  }
}
