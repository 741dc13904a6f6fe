package io.newsstats.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How found person and organisation ids are scored against labels with other names. */
class NameLabelsTest {
  @Test
  void anIdNamingALabelledEntityCountsOnceAndASecondIdForItIsAnError() throws Exception {
    Map<String, String> canonical = LinkingEvaluation.canonical(
        new ObjectMapper().readTree("[\"General Motors|GM\", \"Chrysler Corp\"]"));
    assertEquals("general-motors", canonical.get("gm"));
    Map<String, String> surfaces = new HashMap<>();
    Set<String> found = new LinkedHashSet<>(List.of("gm", "general-motors", "ford"));
    assertEquals(Set.of("general-motors", "general-motors (another id for general-motors)", "ford"),
        LinkingEvaluation.labelled(found, canonical, surfaces));
  }
}
