package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence tone in the manner of VADER (Hutto and Gilbert, 2014): lexicon valences, idioms that
 * replace the valences of their words ("kiss of death"), negation in a three-word window,
 * intensifiers and dampeners, ALL-CAPS emphasis of a sentiment word in a sentence that is not all
 * capitals, a contrastive "but" that shifts weight to the clause after it, and exclamation marks
 * that push the sum further from zero. The sum is normalised to a compound score in [-1, 1] with
 * x / sqrt(x² + 15).
 */
public final class SentenceToneScorer implements Serializable {
  /** Compound scores at or beyond ±0.05 count as positive or negative, VADER's own thresholds. */
  public static final double POSITIVE_THRESHOLD = 0.05;
  public static final double NEGATIVE_THRESHOLD = -0.05;

  static final double NEGATION_SCALAR = -0.74;
  static final double BOOSTER = 0.293;
  static final double CAPS_BOOST = 0.733;
  static final double EXCLAMATION_BOOST = 0.292;
  private static final int MAX_EXCLAMATIONS = 4;
  private static final double ALPHA = 15.0;
  /** Multi-word expressions whose meaning is not the sum of their words (VADER's and news idioms). */
  static final java.util.Map<List<String>, Double> IDIOMS = java.util.Map.ofEntries(
      java.util.Map.entry(List.of("kiss", "of", "death"), -1.5),
      java.util.Map.entry(List.of("to", "die", "for"), 3.0),
      java.util.Map.entry(List.of("broken", "heart"), -2.9),
      java.util.Map.entry(List.of("hand", "to", "mouth"), -2.0),
      java.util.Map.entry(List.of("yeah", "right"), -2.0),
      java.util.Map.entry(List.of("cut", "the", "mustard"), 2.0),
      java.util.Map.entry(List.of("under", "fire"), -1.5),
      java.util.Map.entry(List.of("up", "in", "arms"), -2.0),
      java.util.Map.entry(List.of("at", "odds"), -1.2),
      java.util.Map.entry(List.of("out", "of", "control"), -2.0),
      java.util.Map.entry(List.of("fell", "short"), -1.5),
      java.util.Map.entry(List.of("falls", "short"), -1.5),
      java.util.Map.entry(List.of("on", "track"), 1.0),
      java.util.Map.entry(List.of("red", "tape"), -1.0),
      java.util.Map.entry(List.of("win", "win"), 2.0),
      java.util.Map.entry(List.of("win-win"), 2.0),
      java.util.Map.entry(List.of("in", "the", "red"), -1.5),
      java.util.Map.entry(List.of("in", "the", "black"), 1.5),
      java.util.Map.entry(List.of("no", "doubt"), 0.0),
      java.util.Map.entry(List.of("no", "problem"), 1.0),
      java.util.Map.entry(List.of("not", "bad"), 1.0));
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

  /** Compound tone of one sentence from its tokens (punctuation tokens are ignored, "!" counts). */
  public double score(List<String> tokens) {
    double beforeBut = 0;
    double afterBut = 0;
    boolean sawBut = false;
    boolean shouting = allCaps(tokens);
    int exclamations = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String word = token.toLowerCase(Locale.ROOT);
      if (!token.isEmpty() && token.chars().allMatch(c -> c == '!')) {
        exclamations += token.length();
        continue;
      }
      if (word.equals("but") || word.equals("however")) {
        sawBut = true;
        continue;
      }
      double valence;
      int idiomLength = idiomAt(tokens, i);
      if (idiomLength > 0) {
        valence = IDIOMS.get(lowered(tokens, i, idiomLength));
        i += idiomLength - 1;  // the idiom's words carry no valence of their own
      } else {
        valence = lexicon.valence(word);
        if (valence == 0) {
          continue;
        }
        if (!shouting && isCaps(token)) {
          valence += Math.signum(valence) * CAPS_BOOST;
        }
        valence = applyModifiers(tokens, i, valence);
      }
      if (sawBut) {
        afterBut += valence;
      } else {
        beforeBut += valence;
      }
    }
    double sum = sawBut ? beforeBut * 0.5 + afterBut * 1.5 : beforeBut;
    if (sum != 0) {
      sum += Math.signum(sum) * Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
    }
    return normalise(sum);
  }

  /** The length of the idiom starting at {@code index}, longest first; 0 when none does. */
  private static int idiomAt(List<String> tokens, int index) {
    for (int length = 3; length >= 1; length--) {
      if (index + length <= tokens.size() && IDIOMS.containsKey(lowered(tokens, index, length))) {
        return length;
      }
    }
    return 0;
  }

  private static List<String> lowered(List<String> tokens, int from, int length) {
    List<String> words = new java.util.ArrayList<>(length);
    for (int i = from; i < from + length; i++) {
      words.add(tokens.get(i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** A word in capitals ("GREAT"), at least two letters, so "I" and "A" are not emphasis. */
  static boolean isCaps(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A sentence in capitals throughout (a headline): caps there are not emphasis. */
  private static boolean allCaps(List<String> tokens) {
    boolean anyWord = false;
    for (String token : tokens) {
      boolean hasLetter = token.chars().anyMatch(Character::isLetter);
      if (hasLetter) {
        anyWord = true;
        if (!isCaps(token) && token.length() > 1) {
          return false;
        }
      }
    }
    return anyWord;
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
