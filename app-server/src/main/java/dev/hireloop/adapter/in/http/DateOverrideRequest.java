package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code PUT /api/availability/overrides/{date}}: {@code day_off} (no {@code ranges}), {@code replace} (these
 * hours instead of the weekly ones) or {@code extra} (these hours as well).
 */
record DateOverrideRequest(String kind, List<TimeRangeBody> ranges) {
  DateOverride toDomain(LocalDate date) {
    DateOverride.Kind parsed = WireEnums.fromWire(DateOverride.Kind.class, kind, "kind");
    List<LocalTimeRange> converted = TimeRangeBody.toDomain(ranges, "ranges");
    return FieldNames.renamed("ranges", "ranges", () -> new DateOverride(date, parsed, converted));
  }
}
