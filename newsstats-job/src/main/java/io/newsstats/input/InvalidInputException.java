package io.newsstats.input;

/** A user mistake in the inputs (path not found, unknown format), reported as one line. */
public class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }
}
