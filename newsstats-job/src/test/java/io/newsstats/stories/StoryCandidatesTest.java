package io.newsstats.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCandidatesTest {
  private static final String WIRE = "President Emmanuel Macron arrived in India on Wednesday for talks with Prime"
      + " Minister Narendra Modi, the first such visit in years. The two leaders signed agreements on energy, trade"
      + " and education, which Macron called a historic step. Officials said further talks would follow in Paris"
      + " later this year, and both sides praised the tone of the meetings.";
  private static final String OTHER = "Flooding closed roads across the north of the country on Tuesday after two"
      + " days of heavy rain, and the weather service warned that rivers could rise further before the weekend.";

  @Test
  void aCopyIsFoundOnceAndComparedInEachBandItShares() {
    StoryCandidates.Signed wire = article("wire", 1, WIRE);
    StoryCandidates.Signed reprint = article("reprint", 2, "NEW DELHI (Agency) - " + WIRE);
    StoryCandidates.Found found = StoryCandidates.find(List.of(wire, reprint, article("other", 2, OTHER)), 7, 0.5);
    assertEquals(1, found.copies().size());
    assertEquals("reprint", found.copies().get(0).a().id());
    assertEquals("wire", found.copies().get(0).b().id());
    long[] wireBands = MinHash.bandKeys(wire.signature());
    long[] reprintBands = MinHash.bandKeys(reprint.signature());
    int shared = 0;
    for (int band = 0; band < wireBands.length; band++) {
      shared += wireBands[band] == reprintBands[band] ? 1 : 0;
    }
    assertTrue(shared > 1);
    assertEquals(shared, found.comparisons(), "compared once per shared band; the unrelated article shares none");
  }

  @Test
  void copiesOutsideTheWindowAndPairsOfTwoEarlierArticlesAreNotCompared() {
    StoryCandidates.Found late = StoryCandidates.find(List.of(article("wire", 1, WIRE), article("late", 20, WIRE)),
        7, 0.5);
    assertEquals(0, late.comparisons());
    StoryCandidates.Signed old = new StoryCandidates.Signed("old", day(1), MinHash.signature(WIRE), "old", day(1));
    StoryCandidates.Signed oldCopy = new StoryCandidates.Signed("old-copy", day(2), MinHash.signature(WIRE), "old",
        day(1));
    assertEquals(0, StoryCandidates.find(List.of(old, oldCopy), 7, 0.5).comparisons());
    StoryCandidates.Found withNew = StoryCandidates.find(List.of(old, oldCopy, article("new", 3, WIRE)), 7, 0.5);
    assertEquals(2, withNew.copies().size(), "the new copy against each earlier one");
  }

  private static StoryCandidates.Signed article(String id, int day, String text) {
    return new StoryCandidates.Signed(id, day(day), MinHash.signature(text), null, null);
  }

  private static LocalDate day(int day) {
    return LocalDate.of(2024, 6, day);
  }
}
