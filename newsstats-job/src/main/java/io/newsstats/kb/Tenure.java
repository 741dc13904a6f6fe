package io.newsstats.kb;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One continuous term in one office. {@code end} is the first day out of office (the day the
 * successor takes over), or null while in office, so consecutive tenures do not overlap.
 */
public record Tenure(String leaderId, String country, String role, String title, LocalDate start,
    LocalDate end, String source) implements Serializable {

  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }
}
