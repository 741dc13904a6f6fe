package io.newsstats.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A span a NER model tagged: [begin, end) offsets, its label (PER, ORG, LOC, MISC) and its text. */
public record NamedEntity(int begin, int end, String label, String text) {
  public boolean contains(Match match) {
    return begin <= match.begin() && match.end() <= end;
  }

  public boolean overlaps(Match match) {
    return begin < match.end() && match.begin() < end;
  }

  /** The spans with the new ones added and the spans they cover removed, in text order. */
  static List<NamedEntity> replacingCovered(List<NamedEntity> entities, List<NamedEntity> added) {
    if (added.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities.size() + added.size());
    for (NamedEntity e : entities) {
      if (added.stream().noneMatch(a -> a.begin() <= e.begin() && e.end() <= a.end())) {
        out.add(e);
      }
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(NamedEntity::begin));
    return out;
  }
}
