package io.newsstats.kb;

/** A reference data file that cannot be used; the message names the file, the line and the problem. */
public class ReferenceDataException extends RuntimeException {
  public ReferenceDataException(String message) {
    super(message);
  }
}
