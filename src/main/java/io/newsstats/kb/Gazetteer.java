package io.newsstats.kb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every surface form the matcher looks for, and what each can mean. Built from the knowledge
 * base; looked up by {@link TextKeys#key}, so spelling variants share one entry.
 */
public final class Gazetteer implements Serializable {
  private final Map<String, List<GazetteerEntry>> entriesByKey;
  private final Set<String> blockedKeys;
  private final Set<String> phrases;

  private Gazetteer(Map<String, List<GazetteerEntry>> entriesByKey, Set<String> blockedKeys, Set<String> phrases) {
    this.entriesByKey = entriesByKey;
    this.blockedKeys = blockedKeys;
    this.phrases = phrases;
  }

  public static Gazetteer build(KnowledgeBase kb) {
    Builder builder = new Builder();
    for (Country c : kb.countries()) {
      builder.add(c.name(), c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.COUNTRY_NAME);
      builder.add(c.officialName(), c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.COUNTRY_NAME);
      c.aliases().forEach(a -> builder.add(a, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.COUNTRY_NAME));
      c.demonyms().forEach(d -> builder.add(d, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.DEMONYM));
      c.capitals().forEach(k -> builder.add(k, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.CAPITAL));
    }
    for (Leader l : kb.leaders()) {
      builder.add(l.name(), l.id(), EntityType.LEADER, leaderForm(l.name()));
      l.aliases().forEach(a -> builder.add(a, l.id(), EntityType.LEADER, leaderForm(a)));
    }
    builder.rejectCountryCollisions();
    Set<String> blocked = new java.util.HashSet<>();
    for (String phrase : kb.blockers()) {
      blocked.add(TextKeys.key(phrase));
      builder.addPhrase(phrase);
    }
    return new Gazetteer(builder.entries, blocked, builder.phrases);
  }

  private static GazetteerEntry.Form leaderForm(String alias) {
    return alias.trim().contains(" ") ? GazetteerEntry.Form.LEADER_FULL : GazetteerEntry.Form.LEADER_SHORT;
  }

  /** What a matched surface form can mean; empty when it is not in the gazetteer. */
  public List<GazetteerEntry> lookup(String surface) {
    return entriesByKey.getOrDefault(TextKeys.key(surface), List.of());
  }

  /** A phrase that contains a name but means something else; the linker drops its match. */
  public boolean isBlocked(String surface) {
    return blockedKeys.contains(TextKeys.key(surface));
  }

  /** The phrases to match, with diacritic-free and typographic-apostrophe variants. */
  public Set<String> phrases() {
    return phrases;
  }

  private static final class Builder {
    final Map<String, List<GazetteerEntry>> entries = new HashMap<>();
    final Set<String> phrases = new TreeSet<>();

    void add(String surface, String id, EntityType type, GazetteerEntry.Form form) {
      if (surface == null || surface.isBlank()) {
        return;
      }
      List<GazetteerEntry> list = entries.computeIfAbsent(TextKeys.key(surface), k -> new ArrayList<>());
      GazetteerEntry entry = new GazetteerEntry(type, id, form);
      if (list.stream().noneMatch(e -> e.type() == type && e.id().equals(id))) {
        list.add(entry);
      }
      addPhrase(surface);
    }

    void addPhrase(String surface) {
      Set<String> variants = new LinkedHashSet<>();
      for (String v : List.of(surface.trim(), TextKeys.asciiFold(surface.trim()))) {
        variants.add(v);
        variants.add(TextKeys.curlyApostrophes(v));
      }
      phrases.addAll(variants);
    }

    /** Two countries behind one name would make every match a guess: refuse the data instead. */
    void rejectCountryCollisions() {
      for (Map.Entry<String, List<GazetteerEntry>> e : entries.entrySet()) {
        List<String> countries = e.getValue().stream()
            .filter(g -> g.type() == EntityType.COUNTRY).map(GazetteerEntry::id).distinct().toList();
        if (countries.size() > 1) {
          throw new ReferenceDataException(KnowledgeBase.COUNTRIES + ": the name '" + e.getKey()
              + "' is used by several countries " + countries + "; keep it on one or remove it");
        }
      }
    }
  }
}
