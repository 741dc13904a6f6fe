package io.newsstats.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkScoresTest {
  @Test
  void chunksFollowConllevalForIob1AndIob2() {
    assertEquals(List.of(new ChunkScores.Chunk("PER", 0, 1), new ChunkScores.Chunk("LOC", 3, 3)),
        ChunkScores.chunks(List.of("B-PER", "I-PER", "O", "B-LOC")));
    // IOB1: an entity may start with I-; a type change starts a new one.
    assertEquals(List.of(new ChunkScores.Chunk("ORG", 0, 1), new ChunkScores.Chunk("PER", 2, 2)),
        ChunkScores.chunks(List.of("I-ORG", "I-ORG", "I-PER")));
    // B- after I- of the same type starts a new entity.
    assertEquals(2, ChunkScores.chunks(List.of("I-PER", "B-PER")).size());
  }

  @Test
  void onlyExactBoundariesAndTypeCount() {
    ChunkScores scores = new ChunkScores();
    scores.add(List.of("B-PER", "I-PER", "O", "B-ORG"), List.of("B-PER", "O", "O", "B-ORG"));
    scores.add(List.of("B-LOC", "O"), List.of("B-LOC", "B-MISC"));
    assertArrayEquals(new int[] {0, 1, 1}, scores.counts("PER", false), "a truncated name is wrong");
    assertArrayEquals(new int[] {2, 4, 3}, scores.counts(null, true));
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), ChunkScores.f1(scores.counts(null, true)), 1e-9);
  }
}
