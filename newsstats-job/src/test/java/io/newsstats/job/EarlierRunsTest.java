package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EarlierRunsTest {
  private static String manifest(String stories) {
    // The fields every manifest of this version has, trimmed to what parsing reads.
    return "{\"settings\": {}, \"input_files\": [], \"inputs\": [], \"runs\": [], \"tables\": {},"
        + " \"name_vetoes\": {}, \"records\": {\"read\": 3, \"rejected_by_reason\": {}}, \"stories\": {"
        + stories + "}}";
  }

  @Test
  void storyComparisonsAreReadUnderTheirNameAndUnderTheKeyOlderOutputsUsed() {
    assertEquals(7, EarlierRuns.parse(manifest("\"comparisons\": 7, \"copy_pairs\": 2"), "out").comparisons());
    assertEquals(5, EarlierRuns.parse(manifest("\"candidate_pairs\": 5, \"copy_pairs\": 2"), "out").comparisons());
    assertEquals(2, EarlierRuns.parse(manifest("\"candidate_pairs\": 5, \"copy_pairs\": 2"), "out").copyPairs());
  }
}
