package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
  @Test
  void findsExactlyTheOverlappingSpansAsAScanWould() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < random.nextInt(30); i++) {
        int begin = random.nextInt(200);
        spans.add(new int[] {begin, begin + 1 + random.nextInt(random.nextBoolean() ? 5 : 60)});
      }
      SpanIndex<int[]> index = new SpanIndex<>(spans, s -> s[0], s -> s[1]);
      for (int q = 0; q < 50; q++) {
        int begin = random.nextInt(220);
        int end = begin + 1 + random.nextInt(20);
        List<int[]> expected = spans.stream().filter(s -> s[0] < end && begin < s[1])
            .sorted(java.util.Comparator.comparingInt(s -> s[0])).toList();
        List<int[]> found = index.overlapping(begin, end);
        assertEquals(expected.stream().map(s -> s[0] + "-" + s[1]).sorted().toList(),
            found.stream().map(s -> s[0] + "-" + s[1]).sorted().toList());
        assertEquals(!expected.isEmpty(), index.anyOverlapping(begin, end));
      }
    }
  }

  @Test
  void touchingSpansDoNotOverlap() {
    SpanIndex<int[]> index = new SpanIndex<>(List.of(new int[] {0, 5}, new int[] {10, 15}), s -> s[0], s -> s[1]);
    assertEquals(0, index.overlapping(5, 10).size());
    assertEquals(2, index.overlapping(4, 11).size());
  }
}
