package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.port.in.scheduling.AvailabilityView;
import java.time.Instant;

/**
 * A recruiter's availability settings, durations in minutes; {@code max_per_day}/{@code max_per_week} are null
 * for "no limit". {@code version} 0 means never saved: the standard hours in the recruiter's zone.
 */
record AvailabilityResponse(String timezone, WeeklyHoursBody weeklyHours, long bufferBeforeMinutes,
    long bufferAfterMinutes, long minimumNoticeMinutes, boolean noSameDay, int windowDays, long slotStepMinutes,
    Integer maxPerDay, Integer maxPerWeek, int overrideCount, long version, Instant updatedAt) {

  static AvailabilityResponse from(AvailabilityView view) {
    Availability settings = view.availability();
    return new AvailabilityResponse(settings.zone().getId(), WeeklyHoursBody.from(settings.weeklyHours()),
        settings.bufferBefore().toMinutes(), settings.bufferAfter().toMinutes(), settings.minimumNotice().toMinutes(),
        settings.noSameDay(), settings.windowDays(), settings.slotStep().toMinutes(),
        settings.maxPerDay().isPresent() ? settings.maxPerDay().getAsInt() : null,
        settings.maxPerWeek().isPresent() ? settings.maxPerWeek().getAsInt() : null, settings.overrides().size(),
        view.version(), view.updatedAt());
  }
}
