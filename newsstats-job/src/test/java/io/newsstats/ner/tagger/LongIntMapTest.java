package io.newsstats.ner.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void agreesWithAHashMapThroughGrowth() {
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      long key = i % 10 == 0 ? random.nextInt(100) - 50 : random.nextLong();  // small keys collide and repeat
      int value = random.nextInt(Integer.MAX_VALUE);
      map.put(key, value);
      expected.put(key, value);
    }
    assertEquals(expected.size(), map.size());
    expected.forEach((key, value) -> assertEquals(value, map.get(key)));
    Map<Long, Integer> visited = new HashMap<>();
    map.forEach(visited::put);
    assertEquals(expected, visited);
  }

  @Test
  void absentKeysAndTheEmptyMarkerAsAKey() {
    LongIntMap map = new LongIntMap(16);
    assertEquals(-1, map.get(0L));
    map.put(-1L, 5);  // -1 marks an empty value, not an empty key
    map.put(0L, 0);
    assertEquals(5, map.get(-1L));
    assertEquals(0, map.get(0L));
    assertEquals(-1, map.get(1L));
    assertThrows(IllegalArgumentException.class, () -> map.put(2L, -1));
  }
}
