package io.newsstats.nlp;

import io.newsstats.linking.LinkedMention;
import io.newsstats.sentiment.DocumentTone;
import java.util.List;

/**
 * The result for one article: its document tone and its mentions, each with its sentence's tone;
 * {@code nameVetoes} the reason of each gazetteer match a person or organisation name vetoed.
 */
public record ArticleAnalysis(DocumentTone tone, int sentenceCount, List<ScoredMention> mentions, int unresolved,
    List<io.newsstats.linking.EntityMerger.Veto> nameVetoes) {

  /**
   * A mention with the tone of its sentence, the tone toward it (mention tone, see
   * {@link io.newsstats.sentiment.MentionTone}) and its label, and the sentence text (for
   * drill-down from statistics to text).
   */
  public record ScoredMention(LinkedMention mention, double sentenceTone, double mentionTone, String mentionLabel,
      String sentence) {}
}
