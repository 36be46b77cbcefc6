package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A slot: UTC {@code start}/{@code end}, and the same instants on the clock of the zone it is shown in
 * ({@code local_start}, {@code local_end}, e.g. {@code 2026-03-08T09:00:00-04:00}).
 */
record SlotResponse(Instant start, Instant end, String localStart, String localEnd) {
  /**
   * Request attribute naming the zone in which a 409's alternative slots are shown; handlers set it before booking
   * when the request says which zone the candidate sees.
   */
  static final String DISPLAY_ZONE = "hireloop.display-zone";

  static SlotResponse of(Interval interval, ZoneId zone) {
    return new SlotResponse(interval.start(), interval.end(), TimeValues.local(interval.start(), zone),
        TimeValues.local(interval.end(), zone));
  }

  static SlotResponse of(Slot slot, ZoneId zone) {
    return of(slot.interval(), zone);
  }

  /** A problem's alternative: always UTC start and end, local times only when a zone is known. */
  static Map<String, Object> alternative(Slot slot, Optional<ZoneId> zone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("start", slot.start().toString());
    body.put("end", slot.end().toString());
    zone.ifPresent(shown -> {
      body.put("local_start", TimeValues.local(slot.start(), shown));
      body.put("local_end", TimeValues.local(slot.end(), shown));
    });
    return body;
  }
}
