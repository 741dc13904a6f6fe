package io.newsstats.input;

/** The outcome of reading one input record: an article, or a rejection with the raw record. */
public sealed interface ParseResult {
  record Accepted(Article article) implements ParseResult {}

  record Rejected(RejectReason reason, String detail, String raw) implements ParseResult {}
}
