package io.newsstats.sentiment;

import java.util.List;

/**
 * One sentence prepared once for all the mentions in it: its tokens, each token lower-cased, and
 * its rule tone. A sentence naming five entities is lower-cased and scored once, not five times.
 */
public final class PreparedSentence {
  private final List<String> tokens;
  private final String[] lower;
  private final double tone;
  /** The mention-tone model's share that depends on the sentence alone; set by the first mention scored. */
  double[] sentenceScores;

  public PreparedSentence(List<String> tokens, double tone) {
    this(tokens, SentenceToneScorer.lowerCased(tokens), tone);
  }

  private PreparedSentence(List<String> tokens, String[] lower, double tone) {
    this.tokens = tokens;
    this.lower = lower;
    this.tone = tone;
  }

  /** Lower-cases the tokens and scores the sentence with the rules. */
  public static PreparedSentence of(List<String> tokens, SentenceToneScorer scorer) {
    String[] lower = SentenceToneScorer.lowerCased(tokens);
    return new PreparedSentence(tokens, lower, scorer.score(tokens, lower, 0, tokens.size()));
  }

  public List<String> tokens() {
    return tokens;
  }

  /** The tokens lower-cased (Locale.ROOT); not to be modified. */
  String[] lower() {
    return lower;
  }

  /** The sentence's rule tone. */
  public double tone() {
    return tone;
  }
}
