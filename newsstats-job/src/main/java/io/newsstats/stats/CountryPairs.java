package io.newsstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The unordered pairs of countries one article names (a before b), with the sentences naming both
 * and the sum of those sentences' tones; each sentence counts once per pair however often it
 * repeats the names. Pure, so the rule is tested without Spark.
 */
public final class CountryPairs {
  private CountryPairs() {}

  public record CountryMention(String id, String name, int sentence, double sentenceTone) {}

  public record Pair(String countryA, String countryB, String nameA, String nameB, int sharedSentences,
      double toneSum) {}

  public static List<Pair> of(List<CountryMention> mentions) {
    Map<String, String> names = new TreeMap<>();
    Map<String, TreeSet<Integer>> sentencesByCountry = new HashMap<>();
    Map<Integer, Double> toneBySentence = new HashMap<>();
    for (CountryMention m : mentions) {
      names.putIfAbsent(m.id(), m.name());
      sentencesByCountry.computeIfAbsent(m.id(), k -> new TreeSet<>()).add(m.sentence());
      toneBySentence.put(m.sentence(), m.sentenceTone());
    }
    List<String> ids = new ArrayList<>(names.keySet());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        TreeSet<Integer> shared = new TreeSet<>(sentencesByCountry.get(ids.get(i)));
        shared.retainAll(sentencesByCountry.get(ids.get(j)));
        double toneSum = shared.stream().mapToDouble(toneBySentence::get).sum();
        pairs.add(new Pair(ids.get(i), ids.get(j), names.get(ids.get(i)), names.get(ids.get(j)), shared.size(), toneSum));
      }
    }
    return pairs;
  }
}
