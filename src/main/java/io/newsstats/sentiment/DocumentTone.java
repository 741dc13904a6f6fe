package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * GDELT-style document tone (GKG V2Tone): positive_score and negative_score are the percentages of
 * words with positive and negative lexicon valence; tone = positive - negative; polarity =
 * positive + negative; word_count counts tokens with a letter or digit.
 */
public record DocumentTone(double tone, double positiveScore, double negativeScore, double polarity,
    int wordCount) implements Serializable {

  public static DocumentTone of(List<String> tokens, Lexicon lexicon) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    for (String token : tokens) {
      if (!isWord(token)) {
        continue;
      }
      words++;
      double valence = lexicon.valence(token.toLowerCase(Locale.ROOT));
      if (valence > 0) {
        positive++;
      } else if (valence < 0) {
        negative++;
      }
    }
    if (words == 0) {
      return new DocumentTone(0, 0, 0, 0, 0);
    }
    double pos = 100.0 * positive / words;
    double neg = 100.0 * negative / words;
    return new DocumentTone(pos - neg, pos, neg, pos + neg, words);
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
