package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InvalidInputException;
import io.newsstats.kb.TextKeys;
import io.newsstats.linking.OrgNames;
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
 * Countries, leaders, people and organisations found in each article of a hand-labelled set, scored
 * as sets per article.
 *
 * <p>A gold record (JSON Lines) has {@code id}, {@code published}, any of {@code countries}, {@code leaders},
 * {@code forbidden} (ids that must not be found: the South Korean Kim's article must not
 * yield Kim Jong Un), {@code people} and {@code organizations}; each kind is scored only in the records that
 * label it, and either the {@code text} itself or a {@code ref} to it: {@code {"corpus": "bbc",
 * "path": "politics/001.txt"}}, read from the folder the caller gives for that corpus, or {@code
 * {"corpus": "reuters", "path": "reut2-003.sgm", "newid": "3204"}} for a Reuters-21578 story. Real
 * news text is not ours to redistribute, so the project's real-journalism sets hold references only.
 *
 * <p>A person or organisation label is its name as the article gives it most fully, optionally
 * followed by other names that are the same entity ({@code "Chrysler Corp|Chrysler"}); a found id
 * matches it when it is the slug of one of them. A second found id for one labelled entity counts as a
 * false positive (the statistics would split it in two).
 */
public final class LinkingEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Scores per entity type; {@code forbidden}: forbidden ids found; {@code mistakes}: one line per
   * article the linker got wrong, naming what it missed, what it added, and the words it added it for.
   */
  public record Result(SetScores countries, SetScores leaders, SetScores people, SetScores organizations,
      int forbidden, List<String> mistakes) {}

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
    SetScores people = new SetScores();
    SetScores organizations = new SetScores();
    List<String> mistakes = new ArrayList<>();
    int forbidden = 0;
    for (JsonNode gold : readGold(goldFile)) {
      String text = text(gold);
      ArticleAnalysis analysis = analyzer.analyze(text, LocalDate.parse(gold.get("published").asText()));
      Found found = Found.in(analysis, text);
      Set<String> goldCountries = strings(gold.get("countries"));
      Set<String> goldLeaders = strings(gold.get("leaders"));
      // a set labelled for people and organisations only scores no countries or leaders
      Set<String> foundCountries = gold.has("countries") ? found.countries() : goldCountries;
      Set<String> foundLeaders = gold.has("leaders") ? found.leaders() : goldLeaders;
      countries.add(goldCountries, foundCountries);
      leaders.add(goldLeaders, foundLeaders);
      Set<String> banned = new TreeSet<>(foundCountries);
      banned.addAll(foundLeaders);
      banned.retainAll(strings(gold.get("forbidden")));
      forbidden += banned.size();
      String nameErrors = scoreNames(gold, "people", found.people(), people, found.surfaces())
          + scoreNames(gold, "organizations", found.organizations(), organizations, found.surfaces());
      if (!goldCountries.equals(foundCountries) || !goldLeaders.equals(foundLeaders) || !nameErrors.isEmpty()) {
        mistakes.add(gold.get("id").asText() + " (" + gold.path("published").asText() + "): "
            + difference("countries", goldCountries, foundCountries, found.surfaces())
            + difference("leaders", goldLeaders, foundLeaders, found.surfaces())
            + nameErrors
            + (banned.isEmpty() ? "" : " FORBIDDEN " + banned)
            + (analysis.nameVetoes().isEmpty() ? "" : "  vetoed: " + analysis.nameVetoes()));
      }
    }
    return new Result(countries, leaders, people, organizations, forbidden, mistakes);
  }

  private static List<JsonNode> readGold(Path goldFile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(goldFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> gold = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        gold.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new InvalidInputException(goldFile + ": not a JSON line: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    return gold;
  }

  /** The ids one article's analysis found, by type, and where each was first found (for the error list). */
  private record Found(Set<String> countries, Set<String> leaders, Set<String> people, Set<String> organizations,
      Map<String, String> surfaces) {
    static Found in(ArticleAnalysis analysis, String text) {
      Found found = new Found(new HashSet<>(), new HashSet<>(), new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(), new java.util.HashMap<>());
      for (ArticleAnalysis.ScoredMention m : analysis.mentions()) {
        String id = m.mention().entityId();
        switch (m.mention().type()) {
          case COUNTRY -> found.countries.add(id);
          case LEADER -> found.leaders.add(id);
          case PERSON -> found.people.add(id);
          case ORG -> found.organizations.add(id);
          default -> {
            continue;
          }
        }
        found.surfaces.merge(id, "'" + context(text, m.mention().match().begin(), m.mention().match().end()) + "'",
            (a, b) -> a);
      }
      return found;
    }
  }

  /** Scores the people or organisations found against the article's labels, where it has them; returns its errors. */
  private static String scoreNames(JsonNode gold, String field, Set<String> found, SetScores scores,
      Map<String, String> surfaces) {
    if (!gold.has(field)) {
      return "";
    }
    Map<String, String> names = canonical(gold.get(field), field.equals("organizations"));
    Set<String> labels = labelled(found, names, surfaces);
    Set<String> expected = new HashSet<>(names.values());
    scores.add(expected, labels);
    return difference(field, expected, labels, surfaces);
  }

  /** Each name's slug mapped to the slug of the first name of its label ("Chrysler Corp|Chrysler"). */
  static Map<String, String> canonical(JsonNode labels) {
    return canonical(labels, false);
  }

  /**
   * @param organizations also map each name's organisation id ("Chrysler Corp" → chrysler), as the job
   *     writes organisations without their legal form
   */
  static Map<String, String> canonical(JsonNode labels, boolean organizations) {
    Map<String, String> canonical = new java.util.HashMap<>();
    labels.forEach(label -> {
      String[] names = label.asText().split("\\|");
      String first = TextKeys.slug(names[0]);
      for (String name : names) {
        canonical.putIfAbsent(TextKeys.slug(name), first);
        if (organizations) {
          canonical.putIfAbsent(OrgNames.id(name), first);
          canonical.putIfAbsent(OrgNames.id(OrgNames.canonical(name)), first);
        }
      }
    });
    return canonical;
  }

  /**
   * Found ids as labels: an id naming a labelled entity becomes that entity's label; a second id for the
   * same entity stays a label of its own, "id (another id for label)", a false positive.
   */
  static Set<String> labelled(Set<String> foundIds, Map<String, String> canonical, Map<String, String> surfaces) {
    Set<String> labels = new HashSet<>();
    for (String id : foundIds) {
      String label = canonical.getOrDefault(id, id);
      if (!labels.add(label)) {
        String split = id + " (another id for " + label + ")";
        labels.add(split);
        surfaces.put(split, surfaces.get(id));
      } else if (!label.equals(id)) {
        surfaces.putIfAbsent(label, surfaces.get(id));
      }
    }
    return labels;
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
      if (ref.has("newid")) {
        String newId = ref.get("newid").asText();
        return ReutersCorpus.parse(new String(bytes, StandardCharsets.ISO_8859_1)).stream()
            .filter(story -> story.id().equals(newId)).findFirst()
            .orElseThrow(() -> new InvalidInputException(gold.path("id").asText() + ": no story NEWID=" + newId
                + " in " + file)).text();
      }
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
