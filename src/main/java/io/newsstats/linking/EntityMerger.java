package io.newsstats.linking;

import io.newsstats.kb.EntityType;
import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines the gazetteer's mentions with a NER model's people and organisations:
 * <ul>
 *   <li>a country found inside a person's name ("Chad" in "Chad Ochocinco") is dropped;
 *   <li>a person span that covers a linked leader is that leader (no second mention);
 *   <li>other PER spans become PERSON mentions and ORG spans ORG mentions, with a normalised id
 *       (the name's slug: "Olaf  Scholz's" and "Olaf Scholz" differ only by the possessive, which is cut).
 * </ul>
 * LOC and MISC spans are not used: countries come from the gazetteer.
 */
public final class EntityMerger {
  private EntityMerger() {}

  /**
   * @param sentenceOf maps a character offset to its sentence index
   */
  public static List<LinkedMention> merge(List<LinkedMention> linked, List<NamedEntity> entities,
      java.util.function.IntUnaryOperator sentenceOf) {
    if (entities.isEmpty()) {
      return linked;
    }
    List<NamedEntity> people = entities.stream().filter(e -> e.label().equals("PER")).toList();
    List<LinkedMention> merged = new ArrayList<>();
    for (LinkedMention m : linked) {
      boolean countryInName = m.type() == EntityType.COUNTRY && people.stream().anyMatch(p -> p.contains(m.match()));
      if (!countryInName) {
        merged.add(m);
      }
    }
    for (NamedEntity e : entities) {
      EntityType type = e.label().equals("PER") ? EntityType.PERSON : e.label().equals("ORG") ? EntityType.ORG : null;
      if (type == null) {
        continue;
      }
      boolean isLeader = type == EntityType.PERSON
          && linked.stream().anyMatch(m -> m.type() == EntityType.LEADER && e.overlaps(m.match()));
      String name = displayName(e.text());
      String id = TextKeys.slug(name);
      if (isLeader || id.isEmpty()) {
        continue;
      }
      Match match = new Match(e.begin(), e.begin() + name.length(), name, sentenceOf.applyAsInt(e.begin()));
      merged.add(new LinkedMention(type, id, name, null, match, null, null));
    }
    merged.sort(Comparator.comparingInt((LinkedMention m) -> m.match().begin()));
    return merged;
  }

  /** The span's text without a trailing possessive and with single spaces. */
  static String displayName(String text) {
    String name = text.trim().replaceAll("\\s+", " ");
    if (name.endsWith("'s") || name.endsWith("\u2019s")) {
      name = name.substring(0, name.length() - 2);
    }
    return name;
  }
}
