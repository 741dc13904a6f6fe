package io.newsstats.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into consecutive windows of at most {@code maxChars}, at the best boundary in
 * the window's second half: a blank line, else a line break, else a sentence end (". " before a
 * capital), else white space, else anywhere but inside a surrogate pair.
 *
 * <p>Why: Spark NLP's pragmatic SentenceDetector and its TextMatcher cost more than linear time in
 * the length of one document (measured: 250 KB → 1 MB, 13× and 27×). Articles are far shorter than
 * a window, so for them nothing changes; a pathological one is annotated window by window at linear
 * cost. Paragraph boundaries keep sentences whole, so the annotations are the ones of the whole text.
 */
public final class TextWindows {
  /** Far above any real article (median ~3 KB), far below where the annotators' cost bites. */
  public static final int DEFAULT_MAX_CHARS = 20_000;

  private TextWindows() {}

  /** Start offsets of the windows; the last window ends at the text's end. Always starts with 0. */
  public static int[] starts(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("window size must be at least 2 characters");
    }
    List<Integer> starts = new ArrayList<>();
    int start = 0;
    starts.add(0);
    while (text.length() - start > maxChars) {
      int next = boundary(text, start + maxChars / 2, start + maxChars);
      starts.add(next);
      start = next;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The best cut in (from, to]: the returned offset begins the next window. */
  static int boundary(String text, int from, int to) {
    int blank = text.lastIndexOf("\n\n", to - 2);
    if (blank >= from) {
      return blank + 2;
    }
    int line = text.lastIndexOf('\n', to - 1);
    if (line >= from) {
      return line + 1;
    }
    for (int i = to - 2; i >= from; i--) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && i + 2 < text.length()
          && Character.isUpperCase(text.charAt(i + 2))) {
        return i + 2;
      }
    }
    for (int i = to - 1; i >= from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
  }
}
