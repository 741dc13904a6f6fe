package io.newsstats.linking;

/** A gazetteer phrase found in the text: [begin, end) character offsets, and its sentence. */
public record Match(int begin, int end, String surface, int sentenceIndex) {
  public int length() {
    return end - begin;
  }

  boolean overlaps(Match other) {
    return begin < other.end && other.begin < end;
  }
}
