package dev.hireloop.adapter.in.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What a booking page lists: three weeks from today on the candidate's clock; and how a chosen slot is read. */
final class SlotWindow {
  static final int DAYS = 21;

  private SlotWindow() {}

  static LocalDate first(Clock clock, ZoneId zone) {
    return LocalDate.now(clock.withZone(zone));
  }

  static LocalDate last(Clock clock, ZoneId zone) {
    return first(clock, zone).plusDays(DAYS - 1L);
  }

  /** A {@code date=} query value; a malformed one is ignored (the first day with slots is shown instead). */
  static Optional<LocalDate> date(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The posted {@code start} radio value, a UTC instant; absent or malformed is "no slot chosen". */
  static Optional<Instant> start(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(raw.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
