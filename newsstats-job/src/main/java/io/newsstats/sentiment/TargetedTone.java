package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Tone toward one mention: the tone of the clause that contains it, so that "X praised Y but
 * condemned Z" gives Y and Z different tones. A clause ends at , ; : — and at contrastive or
 * subordinating words ("but", "while", "whereas", "although"); when the clause carries no
 * sentiment word the whole sentence's tone is used.
 */
public final class TargetedTone implements Serializable {
  private static final Set<String> BOUNDARY_WORDS = Set.of("but", "while", "whereas", "although", "though",
      "however", "yet", "despite");
  private static final Set<String> BOUNDARY_PUNCTUATION = Set.of(",", ";", ":", "\u2014", "\u2013", "(", ")");
  private final SentenceToneScorer scorer;

  public TargetedTone(SentenceToneScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * @param tokens the sentence's tokens
   * @param first index of the mention's first token
   * @param last index of the mention's last token
   */
  public double score(List<String> tokens, int first, int last) {
    return score(PreparedSentence.of(tokens, scorer), first, last);
  }

  /** The same for a prepared sentence: the clause is scored in place, the sentence's tone is reused. */
  public double score(PreparedSentence sentence, int first, int last) {
    return score(sentence, clause(sentence.tokens(), sentence.lower(), first, last));
  }

  /** The tone of a clause {@link #clause} found, the sentence's when the clause carries none. */
  double score(PreparedSentence sentence, int[] clause) {
    double tone = scorer.score(sentence.tokens(), sentence.lower(), clause[0], clause[1]);
    return tone != 0.0 ? tone : sentence.tone();
  }

  /** The token range [begin, end) of the clause holding tokens first..last. */
  static int[] clause(List<String> tokens, String[] lower, int first, int last) {
    int begin = first;
    while (begin > 0 && !isBoundary(tokens.get(begin - 1), lower[begin - 1])) {
      begin--;
    }
    int end = last + 1;
    while (end < tokens.size() && !isBoundary(tokens.get(end), lower[end])) {
      end++;
    }
    return new int[] {begin, end};
  }

  private static boolean isBoundary(String token, String lower) {
    return BOUNDARY_PUNCTUATION.contains(token) || BOUNDARY_WORDS.contains(lower);
  }
}
