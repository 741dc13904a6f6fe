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
}
