package io.newsstats.sentiment;

import java.io.Serializable;

/**
 * What scores the tone toward each mention: the fine-tuned encoder, the linear model over
 * lexicon features, or (both null) the clause rules alone. At most one of the two is set.
 */
public record ToneModel(MentionToneModel linear, ToneEncoder encoder) implements Serializable {
  public static final ToneModel RULES = new ToneModel(null, null);

  public static ToneModel linear(MentionToneModel model) {
    return new ToneModel(model, null);
  }

  public static ToneModel encoder(ToneEncoder encoder) {
    return new ToneModel(null, encoder);
  }

  /** The same, with the encoder's sessions running this many threads. */
  public ToneModel withThreads(int threads) {
    return encoder == null ? this : encoder(encoder.withThreads(threads));
  }

  public String description() {
    return encoder != null ? encoder.description() : linear != null ? linear.description() : "rules (clause tone)";
  }
}
