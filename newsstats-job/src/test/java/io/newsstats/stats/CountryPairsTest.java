package io.newsstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryPairsTest {
  @Test
  void everyUnorderedPairOnceWithTheSentencesNamingBoth() {
    List<CountryPairs.Pair> pairs = CountryPairs.of(List.of(
        new CountryPairs.CountryMention("RUS", "Russia", 0, 0.5),
        new CountryPairs.CountryMention("PRK", "North Korea", 0, 0.5),
        new CountryPairs.CountryMention("RUS", "Russia", 0, 0.5),
        new CountryPairs.CountryMention("USA", "United States", 1, -0.4),
        new CountryPairs.CountryMention("RUS", "Russia", 1, -0.4)));
    assertEquals(List.of(
        new CountryPairs.Pair("PRK", "RUS", "North Korea", "Russia", 1, 0.5),
        new CountryPairs.Pair("PRK", "USA", "North Korea", "United States", 0, 0.0),
        new CountryPairs.Pair("RUS", "USA", "Russia", "United States", 1, -0.4)), pairs);
  }

  @Test
  void oneCountryMakesNoPair() {
    assertEquals(List.of(), CountryPairs.of(List.of(new CountryPairs.CountryMention("RUS", "Russia", 0, 0.1))));
  }
}
