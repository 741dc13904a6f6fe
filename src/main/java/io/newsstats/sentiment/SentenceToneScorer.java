package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence tone in the manner of VADER (Hutto and Gilbert, 2014): lexicon valences, negation in a
 * three-word window, intensifiers and dampeners, and a contrastive "but" that shifts weight to the
 * clause after it. The sum is normalised to a compound score in [-1, 1] with x / sqrt(x² + 15).
 */
public final class SentenceToneScorer implements Serializable {
  /** Compound scores at or beyond ±0.05 count as positive or negative, VADER's own thresholds. */
  public static final double POSITIVE_THRESHOLD = 0.05;
  public static final double NEGATIVE_THRESHOLD = -0.05;

  static final double NEGATION_SCALAR = -0.74;
  static final double BOOSTER = 0.293;
  private static final double ALPHA = 15.0;
  private static final int NEGATION_WINDOW = 3;
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "n’t", "nor", "neither",
      "without", "nobody", "none", "nothing", "nowhere", "cannot", "cant", "dont", "didnt", "doesnt",
      "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt");
  private static final Set<String> INTENSIFIERS = Set.of("very", "extremely", "highly", "deeply", "greatly",
      "hugely", "incredibly", "especially", "particularly", "really", "so", "totally", "utterly", "absolutely",
      "completely", "strongly", "most", "more", "seriously", "gravely", "sharply", "fiercely");
  private static final Set<String> DAMPENERS = Set.of("slightly", "somewhat", "barely", "hardly", "marginally",
      "partly", "less", "little", "mildly", "scarcely", "fairly");

  private final Lexicon lexicon;

  public SentenceToneScorer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Compound tone of one sentence from its tokens (punctuation tokens are ignored). */
  public double score(List<String> tokens) {
    double beforeBut = 0;
    double afterBut = 0;
    boolean sawBut = false;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).toLowerCase(Locale.ROOT);
      if (word.equals("but") || word.equals("however")) {
        sawBut = true;
        continue;
      }
      double valence = lexicon.valence(word);
      if (valence == 0) {
        continue;
      }
      valence = applyModifiers(tokens, i, valence);
      if (sawBut) {
        afterBut += valence;
      } else {
        beforeBut += valence;
      }
    }
    double sum = sawBut ? beforeBut * 0.5 + afterBut * 1.5 : beforeBut;
    return normalise(sum);
  }

  /** Intensifiers and negations in the three words before a sentiment word. */
  private static double applyModifiers(List<String> tokens, int index, double valence) {
    double result = valence;
    for (int back = 1; back <= NEGATION_WINDOW && index - back >= 0; back++) {
      String previous = tokens.get(index - back).toLowerCase(Locale.ROOT);
      double decay = back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9;
      if (INTENSIFIERS.contains(previous)) {
        result += Math.signum(valence) * BOOSTER * decay;
      } else if (DAMPENERS.contains(previous)) {
        result -= Math.signum(valence) * BOOSTER * decay;
      } else if (NEGATIONS.contains(previous)) {
        result *= NEGATION_SCALAR;
      }
    }
    return result;
  }

  static double normalise(double sum) {
    double score = sum / Math.sqrt(sum * sum + ALPHA);
    return Math.max(-1.0, Math.min(1.0, score));
  }

  public static String label(double compound) {
    if (compound >= POSITIVE_THRESHOLD) {
      return "positive";
    }
    return compound <= NEGATIVE_THRESHOLD ? "negative" : "neutral";
  }
}
