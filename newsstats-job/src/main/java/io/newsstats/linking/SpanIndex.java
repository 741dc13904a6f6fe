package io.newsstats.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans of text ([begin, end) offsets) found by overlap in logarithmic time rather than by a scan
 * of all of them: the linker and the merger ask it once per mention, and a scan per mention made a
 * 5 MB article quadratic (tens of thousands of mentions against tens of thousands of names).
 * Fast while the spans are short against the text, which names and gazetteer phrases are.
 */
public final class SpanIndex<T> {
  private final List<T> spans;
  private final int[] begins;
  private final int[] ends;
  /** maxEnd[i]: the largest end among spans 0..i, so a backward walk can stop early. */
  private final int[] maxEnd;

  public SpanIndex(List<T> items, ToIntFunction<T> begin, ToIntFunction<T> end) {
    spans = new ArrayList<>(items);
    spans.sort(Comparator.comparingInt(begin));
    begins = new int[spans.size()];
    ends = new int[spans.size()];
    maxEnd = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      begins[i] = begin.applyAsInt(spans.get(i));
      ends[i] = end.applyAsInt(spans.get(i));
      maxEnd[i] = Math.max(ends[i], i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1]);
    }
  }

  /** The spans that share at least one character with [begin, end), in order of their begin. */
  public List<T> overlapping(int begin, int end) {
    List<T> found = new ArrayList<>(2);
    for (int i = firstBeginAtOrAfter(end) - 1; i >= 0 && maxEnd[i] > begin; i--) {
      if (ends[i] > begin) {
        found.add(spans.get(i));
      }
    }
    java.util.Collections.reverse(found);
    return found;
  }

  public boolean anyOverlapping(int begin, int end) {
    for (int i = firstBeginAtOrAfter(end) - 1; i >= 0 && maxEnd[i] > begin; i--) {
      if (ends[i] > begin) {
        return true;
      }
    }
    return false;
  }

  private int firstBeginAtOrAfter(int offset) {
    int lo = 0;
    int hi = begins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
