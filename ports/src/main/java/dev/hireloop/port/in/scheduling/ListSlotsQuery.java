package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A recruiter's bookable slots for a template (the original one when empty) on the dates {@code from..to}
 * (inclusive, at most {@value #MAX_DAYS} days) read in {@code candidateZone}.
 */
public record ListSlotsQuery(RecruiterId recruiterId, Optional<EventTypeId> eventTypeId, LocalDate from,
    LocalDate to, ZoneId candidateZone) {
  public static final int MAX_DAYS = 62;

  public ListSlotsQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(eventTypeId, "eventTypeId");
    checkRange(from, to);
    Check.notNull(candidateZone, "candidateZone");
  }

  /** {@code slots.range-reversed} or {@code slots.range-too-long} for a range no page can show. */
  public static void checkRange(LocalDate from, LocalDate to) {
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("slots.range-reversed", "to must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidValueException("slots.range-too-long", "at most " + MAX_DAYS + " days can be asked at once");
    }
  }
}
