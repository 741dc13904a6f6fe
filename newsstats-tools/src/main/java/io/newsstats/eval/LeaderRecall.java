package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.Leader;
import io.newsstats.kb.Tenure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Leader recall on labelled stories (data/gold/reuters-leaders.jsonl): a label is found when the
 * job links that leader anywhere in the story. Also counts anachronisms: a leader linked in a story
 * published more than five years before their first day in office ("George W. Bush" in 1987).
 */
public final class LeaderRecall {
  private LeaderRecall() {}

  public record Label(String articleId, LocalDate published, String tag, String leaderId) {}

  /** found/labelled per leader (most labelled first), the misses, and anachronistic leader ids with counts. */
  public record Result(int found, Map<String, int[]> byLeader, List<String> misses, Map<String, Integer> anachronisms) {}

  public static List<Label> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Label> labels = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        labels.add(new Label(n.get("id").asText(), LocalDate.parse(n.get("published").asText()),
            n.get("tag").asText(), n.get("leader").asText()));
      }
    }
    return labels;
  }

  /**
   * @param linked the leader ids linked in each article
   * @param published each article's publication date, for the anachronisms
   */
  public static Result score(List<Label> labels, Map<String, Set<String>> linked, Map<String, LocalDate> published,
      KnowledgeBase kb) {
    Map<String, int[]> byLeader = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    int found = 0;
    for (Label label : labels) {
      int[] counts = byLeader.computeIfAbsent(label.leaderId(), k -> new int[2]);
      counts[1]++;
      Set<String> ids = linked.getOrDefault(label.articleId(), Set.of());
      if (ids.contains(label.leaderId())) {
        found++;
        counts[0]++;
      } else {
        misses.add(label.articleId() + " " + label.leaderId() + " (linked: " + new java.util.TreeSet<>(ids) + ")");
      }
    }
    Map<String, int[]> sorted = new LinkedHashMap<>();
    byLeader.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1])
        .thenComparing(Map.Entry::getKey)).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    Map<String, Integer> anachronisms = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : linked.entrySet()) {
      LocalDate date = published.get(e.getKey());
      for (String id : e.getValue()) {
        Leader leader = kb.leader(id);
        LocalDate first = leader == null ? null
            : leader.tenures().stream().map(Tenure::start).min(Comparator.naturalOrder()).orElse(null);
        if (first != null && date != null && first.isAfter(date.plusYears(5))) {
          anachronisms.merge(id, 1, Integer::sum);
        }
      }
    }
    return new Result(found, sorted, misses, anachronisms);
  }
}
