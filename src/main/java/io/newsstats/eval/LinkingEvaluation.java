package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.kb.EntityType;
import io.newsstats.nlp.ArticleAnalysis;
import io.newsstats.nlp.FastAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Countries and leaders found in each article of a hand-labelled set (JSON Lines: id, published,
 * text, countries, leaders), scored as sets per article.
 */
public final class LinkingEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Scores per entity type, and the articles the linker got wrong (for reading, not counting). */
  public record Result(SetScores countries, SetScores leaders, List<String> mistakes) {}

  private final FastAnalyzer analyzer;

  public LinkingEvaluation(FastAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public Result evaluate(Path goldFile) {
    SetScores countries = new SetScores();
    SetScores leaders = new SetScores();
    List<String> mistakes = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(goldFile)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode gold = JSON.readTree(line);
        ArticleAnalysis analysis = analyzer.analyze(gold.get("text").asText(),
            LocalDate.parse(gold.get("published").asText()));
        Set<String> foundCountries = new HashSet<>();
        Set<String> foundLeaders = new HashSet<>();
        for (ArticleAnalysis.ScoredMention m : analysis.mentions()) {
          (m.mention().type() == EntityType.COUNTRY ? foundCountries : foundLeaders).add(m.mention().entityId());
        }
        Set<String> goldCountries = strings(gold.get("countries"));
        Set<String> goldLeaders = strings(gold.get("leaders"));
        countries.add(goldCountries, foundCountries);
        leaders.add(goldLeaders, foundLeaders);
        if (!goldCountries.equals(foundCountries) || !goldLeaders.equals(foundLeaders)) {
          mistakes.add(gold.get("id").asText() + " (" + gold.path("case").asText() + "): countries gold "
              + new java.util.TreeSet<>(goldCountries) + " found " + new java.util.TreeSet<>(foundCountries)
              + "; leaders gold " + new java.util.TreeSet<>(goldLeaders) + " found "
              + new java.util.TreeSet<>(foundLeaders));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(countries, leaders, mistakes);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
