package io.newsstats.sentiment;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Word valences in VADER's scale (about -4 to +4), keyed by lower-case word. */
public final class Lexicon implements Serializable {
  public static final String BUNDLED_VADER = "newsstats/lexicons/vader_lexicon.txt";
  private final Map<String, Double> valences;

  Lexicon(Map<String, Double> valences) {
    this.valences = Map.copyOf(valences);
  }

  /** The VADER lexicon shipped in {@code data/lexicons/} (MIT licence). */
  public static Lexicon bundledVader() {
    try {
      return readVader(BundledFiles.open(BUNDLED_VADER));
    } catch (IOException e) {
      throw new IllegalStateException("bundled lexicon " + BUNDLED_VADER + ": " + e.getMessage(), e);
    }
  }

  /** VADER's format: word, mean valence, standard deviation, raw ratings, tab-separated. */
  public static Lexicon readVader(InputStream in) {
    Map<String, Double> valences = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t");
        try {
          valences.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1]));
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
          throw new IllegalArgumentException("lexicon line " + number + ": expected 'word<TAB>valence', found '" + line + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(valences);
  }

  /** The valence of a word, 0 when the lexicon does not know it. */
  public double valence(String lowerCaseWord) {
    return valences.getOrDefault(lowerCaseWord, 0.0);
  }

  /** The words the lexicon knows. */
  public java.util.Set<String> words() {
    return valences.keySet();
  }

  public int size() {
    return valences.size();
  }
}
