package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * When an interviewer (a recruiter by default) can be booked. Hours and overrides are local times in
 * {@code zone}; "today", "same day", the booking window and the per-day and per-week limits are all read in that
 * zone too (weeks are ISO weeks, Monday first).
 *
 * @param bufferBefore free time kept before every interview, also around existing bookings
 * @param bufferAfter free time kept after every interview, also around existing bookings
 * @param minimumNotice how long before its start a slot can still be booked
 * @param noSameDay when set, nothing can be booked for the interviewer's current date
 * @param windowDays how many dates, today included, can be booked
 * @param slotStep distance between slot starts, counted from the start of each working range
 * @param maxPerDay at most this many bookings on one local date, if set
 * @param maxPerWeek at most this many bookings in one ISO week, if set
 */
public record Availability(
    ZoneId zone,
    WorkingHours weeklyHours,
    List<DateOverride> overrides,
    Duration bufferBefore,
    Duration bufferAfter,
    Duration minimumNotice,
    boolean noSameDay,
    int windowDays,
    Duration slotStep,
    OptionalInt maxPerDay,
    OptionalInt maxPerWeek) {

  private static final Duration MAX_BUFFER = Duration.ofHours(24);
  private static final Duration MAX_NOTICE = Duration.ofDays(365);

  public Availability {
    Check.notNull(zone, "zone");
    Check.notNull(weeklyHours, "weeklyHours");
    overrides = Check.list(overrides, "overrides", 1000);
    if (overrides.stream().map(DateOverride::date).distinct().count() != overrides.size()) {
      throw new InvalidValueException("override.duplicate-date", "overrides must have one entry per date");
    }
    bufferBefore = nonNegative(bufferBefore, "bufferBefore", MAX_BUFFER);
    bufferAfter = nonNegative(bufferAfter, "bufferAfter", MAX_BUFFER);
    minimumNotice = nonNegative(minimumNotice, "minimumNotice", MAX_NOTICE);
    Check.range(windowDays, "windowDays", 1, 366);
    Check.notNull(slotStep, "slotStep");
    if (slotStep.compareTo(Duration.ofMinutes(5)) < 0 || slotStep.compareTo(Duration.ofHours(24)) > 0
        || slotStep.toSecondsPart() != 0) {
      throw new InvalidValueException("availability.slot-step",
          "slotStep must be whole minutes between 5 minutes and 24 hours");
    }
    Check.notNull(maxPerDay, "maxPerDay");
    Check.notNull(maxPerWeek, "maxPerWeek");
    maxPerDay.ifPresent(n -> Check.range(n, "maxPerDay", 1, 1000));
    maxPerWeek.ifPresent(n -> Check.range(n, "maxPerWeek", 1, 1000));
  }

  /**
   * Monday to Friday 09:00–17:00 in {@code zone}, no buffers or notice, a 60-day window, 15-minute steps and no
   * limits: the starting point the with-methods adjust.
   */
  public static Availability standard(ZoneId zone) {
    return new Availability(zone, WorkingHours.weekdays(LocalTimeRange.of("09:00", "17:00")), List.of(),
        Duration.ZERO, Duration.ZERO, Duration.ZERO, false, 60, Duration.ofMinutes(15), OptionalInt.empty(),
        OptionalInt.empty());
  }

  public Availability withWeeklyHours(WorkingHours hours) {
    return new Availability(zone, hours, overrides, bufferBefore, bufferAfter, minimumNotice, noSameDay, windowDays,
        slotStep, maxPerDay, maxPerWeek);
  }

  public Availability withOverrides(List<DateOverride> newOverrides) {
    return new Availability(zone, weeklyHours, newOverrides, bufferBefore, bufferAfter, minimumNotice, noSameDay,
        windowDays, slotStep, maxPerDay, maxPerWeek);
  }

  public Availability withBuffers(Duration before, Duration after) {
    return new Availability(zone, weeklyHours, overrides, before, after, minimumNotice, noSameDay, windowDays,
        slotStep, maxPerDay, maxPerWeek);
  }

  public Availability withMinimumNotice(Duration notice, boolean noSameDayBooking) {
    return new Availability(zone, weeklyHours, overrides, bufferBefore, bufferAfter, notice, noSameDayBooking,
        windowDays, slotStep, maxPerDay, maxPerWeek);
  }

  public Availability withWindowDays(int days) {
    return new Availability(zone, weeklyHours, overrides, bufferBefore, bufferAfter, minimumNotice, noSameDay, days,
        slotStep, maxPerDay, maxPerWeek);
  }

  public Availability withSlotStep(Duration step) {
    return new Availability(zone, weeklyHours, overrides, bufferBefore, bufferAfter, minimumNotice, noSameDay,
        windowDays, step, maxPerDay, maxPerWeek);
  }

  public Availability withLimits(OptionalInt perDay, OptionalInt perWeek) {
    return new Availability(zone, weeklyHours, overrides, bufferBefore, bufferAfter, minimumNotice, noSameDay,
        windowDays, slotStep, perDay, perWeek);
  }

  /** Working ranges on a local date, overrides applied. */
  public List<LocalTimeRange> hoursOn(LocalDate date) {
    List<LocalTimeRange> weekly = weeklyHours.on(date.getDayOfWeek());
    DateOverride override = overridesByDate().get(date);
    return override == null ? weekly : override.apply(weekly);
  }

  Map<LocalDate, DateOverride> overridesByDate() {
    if (overrides.isEmpty()) {
      return Map.of();
    }
    Map<LocalDate, DateOverride> byDate = new HashMap<>();
    for (DateOverride override : overrides) {
      byDate.put(override.date(), override);
    }
    return Collections.unmodifiableMap(byDate);
  }

  private static Duration nonNegative(Duration value, String field, Duration max) {
    Check.notNull(value, field);
    if (value.isNegative() || value.compareTo(max) > 0) {
      throw new InvalidValueException("value.out-of-range", field + " must be between 0 and " + max);
    }
    return value;
  }
}
