package io.newsstats.linking;

/** A span a NER model tagged: [begin, end) offsets, its label (PER, ORG, LOC, MISC) and its text. */
public record NamedEntity(int begin, int end, String label, String text) {
  public boolean contains(Match match) {
    return begin <= match.begin() && match.end() <= end;
  }

  public boolean overlaps(Match match) {
    return begin < match.end() && match.begin() < end;
  }
}
