package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.shared.Check;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code PUT /api/availability}: every setting at once (date overrides have their own routes and are kept).
 * {@code timezone} and {@code weekly_hours} are required; an absent setting takes its standard value: no buffers,
 * no notice, same-day bookings allowed, a 60-day window, 15-minute steps, no limits. {@code version} may stand in
 * for {@code If-Match}.
 */
record AvailabilityRequest(String timezone, WeeklyHoursBody weeklyHours, Integer bufferBeforeMinutes,
    Integer bufferAfterMinutes, Integer minimumNoticeMinutes, Boolean noSameDay, Integer windowDays,
    Integer slotStepMinutes, Integer maxPerDay, Integer maxPerWeek, Long version) {
  static final int MAX_BUFFER_MINUTES = 24 * 60;
  static final int MAX_NOTICE_MINUTES = 365 * 24 * 60;
  static final int MIN_STEP_MINUTES = 5;
  static final int MAX_STEP_MINUTES = 24 * 60;
  static final int MAX_LIMIT = 1000;

  Availability toSettings() {
    ZoneId zone = TimeValues.zone(Check.notNull(timezone, "timezone"), "timezone");
    Availability standard = Availability.standard(zone);
    return new Availability(zone, Check.notNull(weeklyHours, "weekly_hours").toDomain("weekly_hours"), List.of(),
        minutes(bufferBeforeMinutes, "buffer_before_minutes", 0, MAX_BUFFER_MINUTES, standard.bufferBefore()),
        minutes(bufferAfterMinutes, "buffer_after_minutes", 0, MAX_BUFFER_MINUTES, standard.bufferAfter()),
        minutes(minimumNoticeMinutes, "minimum_notice_minutes", 0, MAX_NOTICE_MINUTES, standard.minimumNotice()),
        noSameDay == null ? standard.noSameDay() : noSameDay,
        windowDays == null ? standard.windowDays() : Check.range(windowDays, "window_days", 1, 366),
        minutes(slotStepMinutes, "slot_step_minutes", MIN_STEP_MINUTES, MAX_STEP_MINUTES, standard.slotStep()),
        limit(maxPerDay, "max_per_day"), limit(maxPerWeek, "max_per_week"));
  }

  private static Duration minutes(Integer value, String field, int min, int max, Duration fallback) {
    return value == null ? fallback : Duration.ofMinutes(Check.range(value, field, min, max));
  }

  private static OptionalInt limit(Integer value, String field) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(Check.range(value, field, 1, MAX_LIMIT));
  }
}
