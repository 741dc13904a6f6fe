package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * Tone toward one mention, with its label. With a trained {@link MentionToneModel}: tone =
 * P(positive) − P(negative) and the label is the most probable class. With rules only: the tone of
 * the mention's clause ({@link TargetedTone}) and the label by VADER's ±0.05 thresholds.
 */
public final class MentionTone implements Serializable {
  public record Result(double tone, String label) {}

  private static final String[] LABELS = {"negative", "neutral", "positive"};
  private final TargetedTone targeted;
  private final ToneFeatures features;
  private final MentionToneModel model;

  /** @param model null for rules only */
  public MentionTone(Lexicon lexicon, MentionToneModel model) {
    this.targeted = new TargetedTone(new SentenceToneScorer(lexicon));
    this.features = new ToneFeatures(lexicon);
    this.model = model;
  }

  /** The tone and label of class probabilities (negative, neutral, positive), as the linear model gives them. */
  public static Result of(double[] p) {
    int best = p[2] > p[1] && p[2] > p[0] ? 2 : p[0] > p[1] ? 0 : 1;
    return new Result(p[2] - p[0], LABELS[best]);
  }

  public boolean usesModel() {
    return model != null;
  }

  /**
   * @param tokens the sentence's tokens
   * @param first index of the mention's first token, or -1 when its tokens are unknown
   * @param last index of the mention's last token
   * @param sentenceTone the sentence's rule tone
   */
  public Result score(List<String> tokens, int first, int last, double sentenceTone) {
    return score(new PreparedSentence(tokens, sentenceTone), first, last);
  }

  /**
   * The same for a prepared sentence. The model's sentence-wide features (its words and word
   * pairs) are weighed once per sentence; each mention adds only its own window, valences and
   * rule tones.
   */
  public Result score(PreparedSentence sentence, int first, int last) {
    if (model == null || first < 0) {
      double clause = first < 0 ? sentence.tone() : targeted.score(sentence, first, last);
      return new Result(clause, SentenceToneScorer.label(clause));
    }
    // One clause cut serves the rule tone and the clause-word features.
    int[] range = TargetedTone.clause(sentence.tokens(), sentence.lower(), first, last);
    double clause = targeted.score(sentence, range);
    if (sentence.sentenceScores == null) {
      sentence.sentenceScores = model.linear(features.sentenceFeatures(sentence.tokens(), sentence.lower()));
    }
    return of(model.probabilities(sentence.sentenceScores, model.linearMention(features, sentence.tokens(),
        sentence.lower(), first, last, range, clause, sentence.tone())));
  }

  /** The model's features for one mention whose tokens are known: the same at training and at run time. */
  public java.util.Map<String, Double> features(List<String> tokens, int first, int last, double sentenceTone) {
    PreparedSentence sentence = new PreparedSentence(tokens, sentenceTone);
    int[] range = TargetedTone.clause(tokens, sentence.lower(), first, last);
    return features.of(tokens, sentence.lower(), first, last, range, targeted.score(sentence, range), sentenceTone);
  }
}
