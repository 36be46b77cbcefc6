package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.DateOverride;
import java.time.LocalDate;
import java.util.List;

/** One date's hours that differ from the weekly ones. */
record DateOverrideResponse(LocalDate date, String kind, List<TimeRangeBody> ranges) {
  static DateOverrideResponse from(DateOverride override) {
    return new DateOverrideResponse(override.date(), WireEnums.toWire(override.kind()),
        TimeRangeBody.from(override.ranges()));
  }
}
