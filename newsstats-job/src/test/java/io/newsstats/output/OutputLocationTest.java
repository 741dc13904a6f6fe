package io.newsstats.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental commit moves its staged pieces in through a journal, and a killed one is finished later. */
class OutputLocationTest {
  @TempDir
  Path temp;

  private Path output() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve(OutputLocation.MANIFEST), "{\"run\":1}");
    Files.createDirectories(out.resolve("mentions"));
    Files.writeString(out.resolve("mentions/part-old.parquet"), "old");
    Files.createDirectories(out.resolve("country_stats/month=2024-06"));
    Files.writeString(out.resolve("country_stats/month=2024-06/part-old.parquet"), "june before");
    Files.createDirectories(out.resolve("country_stats/month=2024-05"));
    Files.writeString(out.resolve("country_stats/month=2024-05/part-old.parquet"), "may");
    Files.createDirectories(out.resolve("stories"));
    Files.writeString(out.resolve("stories/part-old.parquet"), "stories before");
    return out;
  }

  private static void stage(OutputLocation location) throws Exception {
    Path mentions = Files.createDirectories(Path.of(java.net.URI.create(location.table("mentions"))));
    Files.writeString(mentions.resolve("part-new.parquet"), "new");
    Files.writeString(mentions.resolve("_SUCCESS"), "");
    Path june = Files.createDirectories(Path.of(java.net.URI.create(location.table("country_stats")))
        .resolve("month=2024-06"));
    Files.writeString(june.resolve("part-new.parquet"), "june after");
    Path july = Files.createDirectories(june.resolveSibling("month=2024-07"));
    Files.writeString(july.resolve("part-new.parquet"), "july");
    Path stories = Files.createDirectories(Path.of(java.net.URI.create(location.table("stories"))));
    Files.writeString(stories.resolve("part-new.parquet"), "stories after");
  }

  private static final OutputLocation.Update UPDATE = new OutputLocation.Update(List.of("mentions"),
      List.of("stories"), List.of("country_stats"));

  private static void assertUpdated(Path out) throws Exception {
    assertEquals("{\"run\":2}", Files.readString(out.resolve(OutputLocation.MANIFEST)));
    assertEquals("old", Files.readString(out.resolve("mentions/part-old.parquet")));
    assertEquals("new", Files.readString(out.resolve("mentions/part-new.parquet")));
    assertEquals("may", Files.readString(out.resolve("country_stats/month=2024-05/part-old.parquet")));
    assertEquals("june after", Files.readString(out.resolve("country_stats/month=2024-06/part-new.parquet")));
    assertFalse(Files.exists(out.resolve("country_stats/month=2024-06/part-old.parquet")));
    assertEquals("july", Files.readString(out.resolve("country_stats/month=2024-07/part-new.parquet")));
    assertEquals("stories after", Files.readString(out.resolve("stories/part-new.parquet")));
    assertFalse(Files.exists(out.resolve("stories/part-old.parquet")));
    try (Stream<Path> beside = Files.list(out.getParent())) {
      assertEquals(List.of("out"), beside.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void anUpdateAddsFilesSwapsMonthsAndTablesAndTheManifestLast() throws Exception {
    Path out = output();
    OutputLocation location = OutputLocation.open(out.toString(), new Configuration());
    stage(location);
    location.commitUpdate(UPDATE, "{\"run\":2}");
    assertUpdated(out);
  }

  @Test
  void anUpdateKilledHalfwayThroughItsMovesIsFinishedByTheNextOpen() throws Exception {
    Path out = output();
    OutputLocation location = OutputLocation.open(out.toString(), new Configuration());
    stage(location);
    location.commitUpdate(UPDATE, "{\"run\":2}");
    // Replay the state a kill after the first moves leaves: rebuild it from the finished result.
    Path staging = Files.createDirectories(out.getParent().resolve(".out.staging-killed"));
    Files.writeString(staging.resolve("_commit.json"),
        "{\"appended\":[\"mentions\"],\"replaced\":[\"stories\"],\"partitioned\":[\"country_stats\"]}");
    Files.writeString(staging.resolve(OutputLocation.MANIFEST), "{\"run\":3}");
    Files.createDirectories(staging.resolve("country_stats"));
    Files.move(out.resolve("country_stats/month=2024-07"), staging.resolve("country_stats/month=2024-07"));
    OutputLocation.open(out.toString(), new Configuration()).discard();
    assertTrue(Files.exists(out.resolve("country_stats/month=2024-07/part-new.parquet")));
    assertEquals("{\"run\":3}", Files.readString(out.resolve(OutputLocation.MANIFEST)));
    try (Stream<Path> beside = Files.list(out.getParent())) {
      assertEquals(List.of("out"), beside.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aRunKilledBeforeItsJournalLeavesTheOutputAsItWas() throws Exception {
    Path out = output();
    OutputLocation location = OutputLocation.open(out.toString(), new Configuration());
    stage(location);
    // killed here: staged pieces, no journal
    OutputLocation.open(out.toString(), new Configuration()).discard();
    assertEquals("{\"run\":1}", Files.readString(out.resolve(OutputLocation.MANIFEST)));
    assertFalse(Files.exists(out.resolve("mentions/part-new.parquet")));
    assertEquals("june before", Files.readString(out.resolve("country_stats/month=2024-06/part-old.parquet")));
  }
}
