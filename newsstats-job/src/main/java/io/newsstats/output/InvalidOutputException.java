package io.newsstats.output;

/** An output directory that cannot be used, reported as one line. */
public class InvalidOutputException extends RuntimeException {
  public InvalidOutputException(String message) {
    super(message);
  }
}
