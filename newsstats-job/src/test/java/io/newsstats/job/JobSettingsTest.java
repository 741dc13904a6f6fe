package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InputFormat;
import io.newsstats.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSettingsTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadBundled();

  @Test
  void noDefaultDateIsAJsonNullAndTheLanguagePolicyIsRecorded() throws Exception {
    Map<String, Object> settings = NewsStatsJob.settings(
        new JobOptions(List.of("in"), "out", InputFormat.AUTO, null), KB);
    assertTrue(settings.containsKey("default_date"));
    assertNull(settings.get("default_date"));
    assertEquals("{\"default_date\":null}",
        new ObjectMapper().writeValueAsString(Map.of("default_date", settings).get("default_date"))
            .replaceAll(".*(\"default_date\":null).*", "{$1}"));
    assertEquals("detect", settings.get("language"));
    assertEquals("2024-06-20", NewsStatsJob.settings(
        new JobOptions(List.of("in"), "out", InputFormat.AUTO, LocalDate.of(2024, 6, 20)), KB).get("default_date"));
  }
}
