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
  /** The idioms under their first word, longest first: only tokens that start one are looked at further. */
  private static final java.util.Map<String, List<List<String>>> IDIOMS_BY_FIRST_WORD = IDIOMS.keySet().stream()
      .collect(java.util.stream.Collectors.groupingBy(idiom -> idiom.get(0), java.util.stream.Collectors.collectingAndThen(
          java.util.stream.Collectors.toList(), list -> list.stream()
              .sorted(java.util.Comparator.comparingInt((List<String> idiom) -> idiom.size()).reversed()).toList())));
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
    return score(tokens, lowerCased(tokens), 0, tokens.size());
  }

  /**
   * Compound tone of tokens {@code [from, to)} of a sentence, given the sentence's lower-cased
   * tokens: a clause is scored without copying or lower-casing the sentence again.
   */
  public double score(List<String> tokens, String[] lower, int from, int to) {
    double beforeBut = 0;
    double afterBut = 0;
    boolean sawBut = false;
    boolean shouting = allCaps(tokens, from, to);
    int exclamations = 0;
    for (int i = from; i < to; i++) {
      String token = tokens.get(i);
      String word = lower[i];
      if (isExclamation(token)) {
        exclamations += token.length();
        continue;
      }
      if (word.equals("but") || word.equals("however")) {
        sawBut = true;
        continue;
      }
      double valence;
      List<String> idiom = idiomAt(lower, i, to);
      if (idiom != null) {
        valence = IDIOMS.get(idiom);
        i += idiom.size() - 1;  // the idiom's words carry no valence of their own
      } else {
        valence = lexicon.valence(word);
        if (valence == 0) {
          continue;
        }
        if (!shouting && isCaps(token)) {
          valence += Math.signum(valence) * CAPS_BOOST;
        }
        valence = applyModifiers(lower, from, i, valence);
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

  /** Each token lower-cased (Locale.ROOT), once per sentence. */
  public static String[] lowerCased(List<String> tokens) {
    String[] lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  private static boolean isExclamation(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) != '!') {
        return false;
      }
    }
    return true;
  }

  /** The longest idiom starting at {@code index} and ending before {@code to}; null when none does. */
  private static List<String> idiomAt(String[] lower, int index, int to) {
    List<List<String>> candidates = IDIOMS_BY_FIRST_WORD.get(lower[index]);
    if (candidates == null) {
      return null;
    }
    for (List<String> idiom : candidates) {
      if (index + idiom.size() <= to && matches(idiom, lower, index)) {
        return idiom;
      }
    }
    return null;
  }

  private static boolean matches(List<String> idiom, String[] lower, int index) {
    for (int k = 0; k < idiom.size(); k++) {
      if (!idiom.get(k).equals(lower[index + k])) {
        return false;
      }
    }
    return true;
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
  private static boolean allCaps(List<String> tokens, int from, int to) {
    boolean anyWord = false;
    for (int i = from; i < to; i++) {
      String token = tokens.get(i);
      if (hasLetter(token)) {
        anyWord = true;
        if (!isCaps(token) && token.length() > 1) {
          return false;
        }
      }
    }
    return anyWord;
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Intensifiers and negations in the three words before a sentiment word (not before {@code from}). */
  private static double applyModifiers(String[] lower, int from, int index, double valence) {
    double result = valence;
    for (int back = 1; back <= NEGATION_WINDOW && index - back >= from; back++) {
      String previous = lower[index - back];
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
