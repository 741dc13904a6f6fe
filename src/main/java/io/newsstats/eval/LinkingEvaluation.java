package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InvalidInputException;
import io.newsstats.kb.EntityType;
import io.newsstats.nlp.ArticleAnalysis;
import io.newsstats.nlp.FastAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries and leaders found in each article of a hand-labelled set, scored as sets per article.
 *
 * <p>A gold record (JSON Lines) has {@code id}, {@code published}, {@code countries}, {@code leaders},
 * optionally {@code forbidden} (ids that must not be found: the South Korean Kim's article must not
 * yield Kim Jong Un) and either the {@code text} itself or a {@code ref} to it: {@code {"corpus":
 * "bbc", "path": "politics/001.txt"}}, read from the folder the caller gives for that corpus. Real news
 * text is not ours to redistribute, so the project's real-journalism set holds references only.
 */
public final class LinkingEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Scores per entity type; {@code forbidden}: forbidden ids found; {@code mistakes}: one line per
   * article the linker got wrong, naming what it missed, what it added, and the words it added it for.
   */
  public record Result(SetScores countries, SetScores leaders, int forbidden, List<String> mistakes) {}

  private final FastAnalyzer analyzer;
  private final Map<String, Path> corpora;

  public LinkingEvaluation(FastAnalyzer analyzer) {
    this(analyzer, Map.of());
  }

  /** @param corpora folder of each corpus named in the records' {@code ref} */
  public LinkingEvaluation(FastAnalyzer analyzer, Map<String, Path> corpora) {
    this.analyzer = analyzer;
    this.corpora = corpora;
  }

  public Result evaluate(Path goldFile) {
    SetScores countries = new SetScores();
    SetScores leaders = new SetScores();
    List<String> mistakes = new ArrayList<>();
    int forbidden = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(goldFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode gold;
      try {
        gold = JSON.readTree(line);
      } catch (IOException e) {
        throw new InvalidInputException(goldFile + ": not a JSON line: " + e.getMessage().lines().findFirst().orElse(""));
      }
      String text = text(gold);
      ArticleAnalysis analysis = analyzer.analyze(text, LocalDate.parse(gold.get("published").asText()));
      Set<String> foundCountries = new HashSet<>();
      Set<String> foundLeaders = new HashSet<>();
      Map<String, String> surfaces = new java.util.HashMap<>();
      for (ArticleAnalysis.ScoredMention m : analysis.mentions()) {
        if (m.mention().type() != EntityType.COUNTRY && m.mention().type() != EntityType.LEADER) {
          continue;
        }
        String id = m.mention().entityId();
        (m.mention().type() == EntityType.COUNTRY ? foundCountries : foundLeaders).add(id);
        surfaces.merge(id, "'" + context(text, m.mention().match().begin(), m.mention().match().end()) + "'",
            (a, b) -> a);
      }
      Set<String> goldCountries = strings(gold.get("countries"));
      Set<String> goldLeaders = strings(gold.get("leaders"));
      Set<String> banned = strings(gold.get("forbidden"));
      countries.add(goldCountries, foundCountries);
      leaders.add(goldLeaders, foundLeaders);
      Set<String> found = new TreeSet<>(foundCountries);
      found.addAll(foundLeaders);
      found.retainAll(banned);
      forbidden += found.size();
      if (!goldCountries.equals(foundCountries) || !goldLeaders.equals(foundLeaders)) {
        mistakes.add(gold.get("id").asText() + " (" + gold.path("published").asText() + "): "
            + difference("countries", goldCountries, foundCountries, surfaces)
            + difference("leaders", goldLeaders, foundLeaders, surfaces)
            + (found.isEmpty() ? "" : " FORBIDDEN " + found)
            + (analysis.nameVetoes().isEmpty() ? "" : "  vetoed: " + analysis.nameVetoes()));
      }
    }
    return new Result(countries, leaders, forbidden, mistakes);
  }

  private String text(JsonNode gold) {
    if (gold.hasNonNull("text")) {
      return gold.get("text").asText();
    }
    JsonNode ref = gold.path("ref");
    String corpus = ref.path("corpus").asText();
    Path root = corpora.get(corpus);
    if (root == null) {
      throw new InvalidInputException(gold.path("id").asText() + ": its text is in corpus '" + corpus
          + "'; give its folder with --texts " + corpus + "=DIR");
    }
    Path file = root.resolve(ref.path("path").asText());
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);  // the BBC set is Latin-1
      }
    } catch (IOException e) {
      throw new InvalidInputException(gold.path("id").asText() + ": cannot read " + file + " (" + e.getMessage() + ")");
    }
  }

  private static String difference(String label, Set<String> gold, Set<String> found, Map<String, String> surfaces) {
    Set<String> missed = new TreeSet<>(gold);
    missed.removeAll(found);
    Set<String> added = new TreeSet<>(found);
    added.removeAll(gold);
    if (missed.isEmpty() && added.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" ").append(label).append(':');
    missed.forEach(id -> out.append(" missed ").append(id));
    added.forEach(id -> out.append(" added ").append(id).append(' ').append(surfaces.get(id)));
    return out.toString();
  }

  /** The matched words with a few characters either side, on one line. */
  private static String context(String text, int begin, int end) {
    int from = Math.max(0, begin - 25);
    int to = Math.min(text.length(), end + 25);
    return (text.substring(from, begin) + "[" + text.substring(begin, end) + "]" + text.substring(end, to))
        .replaceAll("\\s+", " ");
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }
}
