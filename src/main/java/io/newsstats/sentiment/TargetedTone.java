package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
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
    int begin = first;
    while (begin > 0 && !isBoundary(tokens.get(begin - 1))) {
      begin--;
    }
    int end = last + 1;
    while (end < tokens.size() && !isBoundary(tokens.get(end))) {
      end++;
    }
    double clause = scorer.score(tokens.subList(begin, end));
    return clause != 0.0 ? clause : scorer.score(tokens);
  }

  private static boolean isBoundary(String token) {
    return BOUNDARY_PUNCTUATION.contains(token) || BOUNDARY_WORDS.contains(token.toLowerCase(Locale.ROOT));
  }
}
