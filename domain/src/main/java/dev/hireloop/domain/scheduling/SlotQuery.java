package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the slot engine needs for one booking page.
 *
 * @param busy times a calendar provider reports as busy, taken as they are (no buffers added)
 * @param bookings our active bookings' booked ranges without buffers; the engine adds the availability's buffers
 * @param from first date to show, in the candidate's zone
 * @param to last date to show (inclusive), in the candidate's zone
 * @param candidateZone the zone the candidate reads dates in
 */
public record SlotQuery(
    Availability availability,
    InterviewTemplate template,
    List<Interval> busy,
    List<Interval> bookings,
    Instant now,
    LocalDate from,
    LocalDate to,
    ZoneId candidateZone) {
  static final int MAX_DAYS = 366;
  private static final int MAX_INTERVALS = 100_000;

  public SlotQuery {
    Check.notNull(availability, "availability");
    Check.notNull(template, "template");
    busy = Check.list(busy, "busy", MAX_INTERVALS);
    bookings = Check.list(bookings, "bookings", MAX_INTERVALS);
    Check.notNull(now, "now");
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    Check.notNull(candidateZone, "candidateZone");
    if (to.isBefore(from)) {
      throw new InvalidValueException("slots.range-reversed", "to must not be before from");
    }
    if (from.getYear() < 1900 || to.getYear() > 2200) {
      throw new InvalidValueException("slots.range-unsupported", "slots can be asked for the years 1900 to 2200");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidValueException("slots.range-too-long", "at most " + MAX_DAYS + " days can be asked at once");
    }
  }
}
