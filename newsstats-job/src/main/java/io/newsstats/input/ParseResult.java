package io.newsstats.input;

/** The outcome of reading one input record: an article, or a rejection with the raw record. */
public sealed interface ParseResult {
  record Accepted(Article article) implements ParseResult {}

  /** {@code language}: the record's detected or given language, for {@code unsupported_language} (else null). */
  record Rejected(RejectReason reason, String detail, String raw, String language) implements ParseResult {
    public Rejected(RejectReason reason, String detail, String raw) {
      this(reason, detail, raw, null);
    }
  }
}
