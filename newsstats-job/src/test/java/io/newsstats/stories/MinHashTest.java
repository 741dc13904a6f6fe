package io.newsstats.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String WIRE = "President Emmanuel Macron arrived in India on Wednesday for talks with Prime"
      + " Minister Narendra Modi, the first such visit in years.\n\nThe two leaders signed agreements on energy,"
      + " trade and education, which Macron called a historic step.\n\nOfficials in New Delhi said the summit"
      + " would focus on investment and security. Protesters gathered outside the venue.\n\nModi said India"
      + " hoped to deepen cooperation with France in technology and agriculture.";

  @Test
  void caseSpacingAndPunctuationAreNoDifference() {
    assertArrayEquals(MinHash.signature(WIRE), MinHash.signature(WIRE.toUpperCase().replace(",", " ;  ")));
  }

  @Test
  void aSyndicatedCopyIsSimilarAndAnotherStoryIsNot() {
    String copy = "PARIS (Harbor Times) - " + WIRE.substring(0, WIRE.lastIndexOf("\n\n")).replace("said", "stated");
    String other = "Floods swept through northern Kenya on Monday, forcing thousands from their homes, while"
        + " aid agencies warned that the damage to crops would be felt for months across the region.";
    assertTrue(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(copy)) >= 0.5);
    assertTrue(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(other)) < 0.1);
  }

  @Test
  void equalSignaturesShareEveryBandKeyAndATextShorterThanAShingleStillHasOne() {
    assertArrayEquals(MinHash.bandKeys(MinHash.signature(WIRE)), MinHash.bandKeys(MinHash.signature(WIRE)));
    assertEquals(MinHash.BANDS, MinHash.bandKeys(MinHash.signature("Two words")).length);
    assertEquals(1.0, MinHash.similarity(MinHash.signature("Two words"), MinHash.signature("two  words!")));
  }

  @Test
  void storiesAreNamedByTheirEarliestCopyWhateverTheOrderOfPairs() {
    StoryClusters.Copy a = new StoryClusters.Copy("z-wire", java.time.LocalDate.of(2024, 6, 1));
    StoryClusters.Copy b = new StoryClusters.Copy("b-reprint", java.time.LocalDate.of(2024, 6, 2));
    StoryClusters.Copy c = new StoryClusters.Copy("a-reprint", java.time.LocalDate.of(2024, 6, 2));
    StoryClusters.Copy d = new StoryClusters.Copy("other", java.time.LocalDate.of(2024, 6, 1));
    StoryClusters.Copy e = new StoryClusters.Copy("other-copy", java.time.LocalDate.of(2024, 6, 1));
    StoryClusters forward = new StoryClusters();
    forward.join(b, c);
    forward.join(c, a);
    forward.join(e, d);
    StoryClusters backward = new StoryClusters();
    backward.join(d, e);
    backward.join(a, c);
    backward.join(c, b);
    Map<String, String> expected = Map.of("z-wire", "z-wire", "b-reprint", "z-wire", "a-reprint", "z-wire",
        "other", "other", "other-copy", "other");
    assertEquals(expected, forward.storyIds());
    assertEquals(expected, backward.storyIds());
  }

  @Test
  void twoArticlesOfEarlierRunsAreNotPairedAgain() {
    List<StoryCandidates.Signed> members = List.of(member("old-a", 1, true), member("old-b", 2, true), member("new", 3));
    assertEquals(List.of("new,old-a", "new,old-b"), pairs(members));
  }

  @Test
  void aKeptStoryOfAnEarlierRunKeepsItsIdEvenAgainstAnEarlierNewCopy() {
    // A late-arriving copy dated before the kept story joins it; the earlier run's id stands.
    StoryClusters clusters = new StoryClusters();
    StoryClusters.Copy kept = new StoryClusters.Copy("old-wire", java.time.LocalDate.of(2024, 6, 5), true);
    StoryClusters.Copy late = new StoryClusters.Copy("late", java.time.LocalDate.of(2024, 6, 4));
    StoryClusters.Copy reprint = new StoryClusters.Copy("reprint", java.time.LocalDate.of(2024, 6, 6));
    clusters.join(late, reprint);
    clusters.join(reprint, kept);
    assertEquals(Map.of("late", "old-wire", "reprint", "old-wire"), clusters.storyIds());
    assertEquals(java.time.LocalDate.of(2024, 6, 5), clusters.stories().get("late").published());
  }

  @Test
  void candidatesArePublishedWithinTheWindowAndABucketPairsEachWithItsNextOnesOnly() {
    List<StoryCandidates.Signed> members = List.of(member("a", 1), member("b", 3), member("c", 12));
    assertEquals(List.of("a,b"), pairs(members));
    List<StoryCandidates.Signed> many = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(member(String.format("id%03d", i), 1));
    }
    assertTrue(pairs(many).size() <= 500 * StoryCandidates.MAX_NEIGHBOURS);
  }

  private static List<String> pairs(List<StoryCandidates.Signed> members) {
    return StoryCandidates.pairs(members, 7).stream().map(p -> p.a().id() + "," + p.b().id()).toList();
  }

  private static StoryCandidates.Signed member(String id, int day) {
    return member(id, day, false);
  }

  /** Pairing reads no signature; an earlier run's member is its own kept story. */
  private static StoryCandidates.Signed member(String id, int day, boolean earlier) {
    java.time.LocalDate date = java.time.LocalDate.of(2024, 6, day);
    return new StoryCandidates.Signed(id, date, null, earlier ? id : null, earlier ? date : null);
  }
}
