package io.newsstats.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Publication dates as ISO-8601 dates or timestamps. The calendar date is taken as written (in
 * the timestamp's own offset), because the day the publisher printed is the day analysts count.
 */
public final class PublishedDates {
  private static final DateTimeFormatter SPACE_SEPARATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");
  private static final List<Function<String, LocalDate>> PARSERS = List.of(
      LocalDate::parse,
      s -> OffsetDateTime.parse(s).toLocalDate(),
      s -> ZonedDateTime.parse(s).toLocalDate(),
      s -> LocalDateTime.parse(s).toLocalDate(),
      s -> LocalDateTime.parse(s, SPACE_SEPARATED).toLocalDate());

  private PublishedDates() {}

  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    for (Function<String, LocalDate> parser : PARSERS) {
      try {
        return Optional.of(parser.apply(trimmed));
      } catch (DateTimeParseException e) {
        // try the next accepted shape
      }
    }
    return Optional.empty();
  }
}
