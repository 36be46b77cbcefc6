package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Check;
import java.time.Duration;

/**
 * {@code POST}/{@code PUT /api/interview-templates}: {@code name} and {@code duration_minutes} (5–480) are
 * required; {@code description} and {@code location_detail} default to empty, {@code location_kind} to
 * {@code video}.
 */
record InterviewTemplateRequest(String name, Integer durationMinutes, String description, String locationKind,
    String locationDetail) {
  static final int MIN_MINUTES = 5;
  static final int MAX_MINUTES = 480;

  InterviewTemplate toDomain() {
    int minutes = Check.range(Check.notNull(durationMinutes, "duration_minutes"), "duration_minutes", MIN_MINUTES,
        MAX_MINUTES);
    LocationKind kind = locationKind == null ? LocationKind.VIDEO
        : WireEnums.fromWire(LocationKind.class, locationKind, "location_kind");
    return new InterviewTemplate(name, Duration.ofMinutes(minutes), Requests.orDefault(description, ""), kind,
        Requests.orDefault(locationDetail, ""));
  }
}
