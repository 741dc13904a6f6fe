package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  private static LinkedMention country(String iso3, int begin, int end) {
    return new LinkedMention(EntityType.COUNTRY, iso3, iso3, iso3, new Match(begin, end, iso3, 0), null, null);
  }

  private static LinkedMention leader(String id, int begin, int end) {
    return new LinkedMention(EntityType.LEADER, id, id, "DEU", new Match(begin, end, id, 0), true, "head_of_government");
  }

  @Test
  void withoutEntitiesNothingChanges() {
    List<LinkedMention> linked = List.of(country("GEO", 0, 7));
    assertEquals(linked, EntityMerger.merge(linked, List.of(), offset -> 0));
  }

  @Test
  void countryInsideAPersonsNameIsDroppedAndThePersonAdded() {
    // "Georgia Hart met officials of Acme Bank in France."
    List<LinkedMention> merged = EntityMerger.merge(List.of(country("GEO", 0, 7), country("FRA", 44, 50)),
        List.of(new NamedEntity(0, 12, "PER", "Georgia Hart"), new NamedEntity(30, 39, "ORG", "Acme Bank"),
            new NamedEntity(44, 50, "LOC", "France")), offset -> 0);
    assertEquals(List.of("georgia-hart", "acme-bank", "FRA"), merged.stream().map(LinkedMention::entityId).toList());
    assertEquals(EntityType.PERSON, merged.get(0).type());
    assertEquals(EntityType.ORG, merged.get(1).type());
  }

  @Test
  void aPersonWhoIsALinkedLeaderStaysTheLeader() {
    // "Chancellor Olaf Scholz's plan"
    List<LinkedMention> merged = EntityMerger.merge(List.of(leader("olaf-scholz", 11, 22)),
        List.of(new NamedEntity(11, 24, "PER", "Olaf Scholz's")), offset -> 0);
    assertEquals(List.of("olaf-scholz"), merged.stream().map(LinkedMention::entityId).toList());
    assertEquals("Lena Novak", EntityMerger.displayName(" Lena  Novak's"));
  }
}
