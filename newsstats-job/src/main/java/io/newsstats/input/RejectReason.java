package io.newsstats.input;

import java.util.Locale;

/** Why an input record was quarantined; the lower-case name is the {@code reason} column. */
public enum RejectReason {
  INVALID_JSON,
  NOT_AN_OBJECT,
  INVALID_FIELD,
  MISSING_TEXT,
  MISSING_DATE,
  INVALID_DATE,
  UNSUPPORTED_LANGUAGE,
  DUPLICATE_ID;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
