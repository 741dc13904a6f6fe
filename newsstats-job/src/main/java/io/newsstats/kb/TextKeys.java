package io.newsstats.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisations shared by the gazetteer and the linker, so a surface form and its entry agree. */
public final class TextKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

  private TextKeys() {}

  /** Removes diacritics: "Erdoğan" becomes "Erdogan", "Côte" becomes "Cote". */
  public static String asciiFold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("")
        .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
        .replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss").replace('ð', 'd').replace('Ð', 'D')
        .replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("Æ", "Ae");
  }

  /** Apostrophes in their typographic form, as news text often has them. */
  public static String curlyApostrophes(String text) {
    return text.replace('\'', '\u2019');
  }

  /**
   * Lookup key of a surface form: case, diacritics, apostrophe style, hyphens and spacing do not
   * matter. Case can be ignored here because the matcher upstream is case-sensitive.
   */
  public static String key(String surface) {
    if (isPlainAscii(surface)) {
      return surface.toLowerCase(Locale.ROOT);  // nothing to fold: the common case, and a hot path
    }
    String folded = asciiFold(surface).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('-', ' ').replace('\u2013', ' ').replace('\u2014', ' ');
    return SPACES.matcher(folded.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Printable ASCII with no hyphen, tab, double space or edge space: {@link #key} only lower-cases it. */
  private static boolean isPlainAscii(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '-' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Leader ids: lowercase ASCII words joined by hyphens ("Recep Tayyip Erdoğan" → recep-tayyip-erdogan). */
  public static String slug(String name) {
    String lower = asciiFold(name).toLowerCase(Locale.ROOT);
    String slug = NON_SLUG.matcher(lower).replaceAll("-");
    return slug.replaceAll("^-+|-+$", "");
  }

  /** Levenshtein distance. */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
