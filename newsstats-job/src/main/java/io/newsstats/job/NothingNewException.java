package io.newsstats.job;

/**
 * An incremental run whose every input file was processed by an earlier run: there is nothing to
 * add, and the output is left exactly as it was. Not a failure (the command exits 0).
 */
public final class NothingNewException extends RuntimeException {
  public NothingNewException(String message) {
    super(message);
  }
}
