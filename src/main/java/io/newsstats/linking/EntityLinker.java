package io.newsstats.linking;

import io.newsstats.kb.Country;
import io.newsstats.kb.EntityType;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.GazetteerEntry;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.Leader;
import io.newsstats.kb.TextKeys;
import io.newsstats.kb.Tenure;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the matches of one article into country and leader mentions.
 *
 * <ul>
 *   <li>Overlapping matches: the longest wins ("Papua New Guinea" over "Guinea"), then the earliest;
 *       a blocker phrase that wins ("New Mexico", "Michael Jordan") yields no mention.
 *   <li>A leader's full name resolves directly; among leaders sharing it, the one in office wins.
 *   <li>A one-word alias ("Putin", "Kim") resolves to the leader last named in full earlier in the
 *       article; otherwise to the only leader with that alias in office on the publication date;
 *       otherwise it stays unresolved and is counted.
 * </ul>
 */
public final class EntityLinker implements Serializable {
  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;

  public EntityLinker(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
  }

  /** The mentions of one article, in text order, and how many matches could not be resolved. */
  public record Result(List<LinkedMention> mentions, int unresolved) {}

  public Result link(List<Match> matches, LocalDate published) {
    List<LinkedMention> mentions = new ArrayList<>();
    Map<String, String> namedInFull = new HashMap<>();
    int unresolved = 0;
    for (Match match : longestNonOverlapping(matches)) {
      if (gazetteer.isBlocked(match.surface())) {
        continue;
      }
      List<GazetteerEntry> entries = gazetteer.lookup(match.surface());
      Optional<LinkedMention> mention = resolve(match, entries, published, namedInFull);
      if (mention.isPresent()) {
        mentions.add(mention.get());
      } else if (!entries.isEmpty()) {
        unresolved++;
      }
    }
    return new Result(mentions, unresolved);
  }

  /** Keeps the longest of overlapping matches (the earliest among equals), in text order. */
  static List<Match> longestNonOverlapping(List<Match> matches) {
    List<Match> byLength = new ArrayList<>(matches);
    byLength.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::begin));
    List<Match> kept = new ArrayList<>();
    for (Match candidate : byLength) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Match::begin));
    return kept;
  }

  private Optional<LinkedMention> resolve(Match match, List<GazetteerEntry> entries, LocalDate published,
      Map<String, String> namedInFull) {
    List<Leader> full = leaders(entries, GazetteerEntry.Form.LEADER_FULL);
    if (!full.isEmpty()) {
      Leader leader = full.stream().filter(l -> l.inOfficeOn(published)).findFirst().orElse(full.get(0));
      remember(leader, namedInFull);
      return Optional.of(leaderMention(leader, match, published));
    }
    Optional<GazetteerEntry> country = entries.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst();
    if (country.isPresent()) {
      Country c = kb.country(country.get().id());
      return Optional.of(new LinkedMention(EntityType.COUNTRY, c.iso3(), c.name(), c.iso3(), match, null, null));
    }
    List<Leader> shortNamed = leaders(entries, GazetteerEntry.Form.LEADER_SHORT);
    if (shortNamed.isEmpty()) {
      return Optional.empty();
    }
    String earlier = namedInFull.get(TextKeys.key(match.surface()));
    if (earlier != null) {
      return Optional.of(leaderMention(kb.leader(earlier), match, published));
    }
    List<Leader> inOffice = shortNamed.stream().filter(l -> l.inOfficeOn(published)).toList();
    return inOffice.size() == 1 ? Optional.of(leaderMention(inOffice.get(0), match, published)) : Optional.empty();
  }

  private List<Leader> leaders(List<GazetteerEntry> entries, GazetteerEntry.Form form) {
    return entries.stream().filter(e -> e.form() == form).map(e -> kb.leader(e.id())).toList();
  }

  /** Once a leader is named in full, their one-word aliases refer to them for the rest of the article. */
  private static void remember(Leader leader, Map<String, String> namedInFull) {
    for (String alias : leader.aliases()) {
      if (!alias.trim().contains(" ")) {
        namedInFull.put(TextKeys.key(alias), leader.id());
      }
    }
  }

  private static LinkedMention leaderMention(Leader leader, Match match, LocalDate published) {
    Optional<Tenure> tenure = leader.tenureOn(published);
    Tenure shown = tenure.orElseGet(() -> latestTenureBefore(leader, published));
    String country = tenure.map(Tenure::country).orElse(leader.primaryCountry());
    return new LinkedMention(EntityType.LEADER, leader.id(), leader.name(), country, match,
        tenure.isPresent(), shown.role());
  }

  /** For a leader out of office: the role they last held before the date (or their first one). */
  private static Tenure latestTenureBefore(Leader leader, LocalDate date) {
    return leader.tenures().stream()
        .filter(t -> t.start().isBefore(date))
        .max(Comparator.comparing(Tenure::start))
        .orElse(leader.tenures().get(0));
  }
}
