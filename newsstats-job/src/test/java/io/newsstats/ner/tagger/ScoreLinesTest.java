package io.newsstats.ner.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreLinesTest {
  private static final Set<String> COUNTRIES = Set.of("Japan", "Syria", "Slovenia");

  /** Relabels "words" tagged "tags" (space-separated); returns the tags after. */
  private static String relabelled(String sentence, String tags) {
    String[] words = sentence.split(" ");
    String[] out = tags.split(" ");
    ScoreLines.relabel(words, out, (begin, end) -> COUNTRIES.contains(String.join(" ",
        java.util.Arrays.copyOfRange(words, begin, end))));
    return String.join(" ", out);
  }

  @Test
  void clubsInScoreLinesAndStandingsAreOrganisationsNationalTeamsStayCountries() {
    assertEquals("B-ORG O B-ORG O", relabelled("Middlesbrough 0 Leeds 0", "B-LOC O B-LOC O"));
    assertEquals("B-LOC O B-LOC O", relabelled("Japan 2 Syria 1", "B-LOC O B-LOC O"));
    assertEquals("B-ORG I-ORG O O O O", relabelled("GOLDEN STATE 6 12 .333 8", "O O O O O O"),
        "an untagged name in a standings row");
    assertEquals("B-ORG O B-LOC O O O O O",
        relabelled("Ljubljana ( Slovenia ) 9 6 3 15", "B-LOC O B-LOC O O O O O"));
    assertEquals("B-ORG O O B-PER O O B-ORG O",
        relabelled("Motherwell 2 ( Davies 39 ) Celtic 1", "B-ORG O O B-PER O O B-MISC O"), "scorers stay people");
  }

  @Test
  void aFixtureAtAVenueKeepsThePlace() {
    assertEquals("B-ORG O B-LOC", relabelled("MINNESOTA AT MILWAUKEE", "B-LOC O B-LOC"));
    assertEquals("B-ORG O B-ORG", relabelled("Fife v Partick", "B-LOC O B-LOC"));
  }

  @Test
  void proseHeadlinesDatelinesAndTablesOfFiguresAreLeftAlone() {
    String[][] unchanged = {
        {"Barcelona fought back strongly", "B-LOC O O O"},
        {"SOCCER - CANADA BEAT PANAMA 3-1 IN WORLD CUP QUALIFIER .", "O O B-LOC O B-LOC O O B-MISC I-MISC O O"},
        {"TIGNES , France 1996-12-07", "B-LOC O B-LOC O"},
        {"HARARE 1996-12-07", "B-LOC O"},
        {"St. Louis 253,821 223,172", "B-LOC I-LOC O O"},
        {"July 96 June 96 July 95", "O O O O O O"}};
    for (String[] line : unchanged) {
      String[] words = line[0].split(" ");
      String[] tags = line[1].split(" ");
      assertFalse(ScoreLines.relabel(words, tags, (b, e) -> false), line[0]);
      assertArrayEquals(line[1].split(" "), tags, line[0]);
    }
  }
}
