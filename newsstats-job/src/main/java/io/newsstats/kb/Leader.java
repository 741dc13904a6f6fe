package io.newsstats.kb;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A head of state or government (or supreme leader) with every tenure the knowledge base knows. */
public record Leader(String id, String name, String primaryCountry, List<String> aliases,
    List<Tenure> tenures, String source) implements Serializable {

  /** The tenure held on {@code date}, preferring the leader's own country (a monarch of several realms). */
  public Optional<Tenure> tenureOn(LocalDate date) {
    return tenures.stream()
        .filter(t -> t.covers(date))
        .min(Comparator.comparing((Tenure t) -> !t.country().equals(primaryCountry)));
  }

  public boolean inOfficeOn(LocalDate date) {
    return tenureOn(date).isPresent();
  }

  /**
   * Whether the project's curated list names this leader (the heads of state and government of the
   * G20 and the other states news names most, since 1990), rather than the bulk sources alone.
   */
  public boolean curated() {
    return "curated".equals(source) || "current-g20-leaders".equals(source);
  }

  /** Days between {@code date} and the nearest day this leader was in office (0 while in office). */
  public long daysFromOffice(LocalDate date) {
    long best = Long.MAX_VALUE;
    for (Tenure t : tenures) {
      if (t.covers(date)) {
        return 0;
      }
      long before = java.time.temporal.ChronoUnit.DAYS.between(date, t.start());
      long after = t.end() == null ? Long.MAX_VALUE : java.time.temporal.ChronoUnit.DAYS.between(t.end(), date);
      best = Math.min(best, Math.max(0, before > 0 ? before : after));
    }
    return best;
  }

  /**
   * Of leaders sharing a name ("George Bush", "Bush", "Gandhi"), the one in office on {@code date},
   * else the one whose time in office lies nearest to it; the first listed among equals.
   */
  public static Leader nearestInTime(List<Leader> leaders, LocalDate date) {
    return leaders.stream().min(Comparator.comparingLong((Leader l) -> l.daysFromOffice(date))).orElseThrow();
  }
}
