package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.LocalTimeRange;
import java.util.ArrayList;
import java.util.List;

/** Working time within one day, {@code start} to {@code end} ({@code "09:00"}, {@code "24:00"} for midnight). */
record TimeRangeBody(String start, String end) {
  LocalTimeRange toDomain(String field) {
    return FieldNames.at(field, () -> new LocalTimeRange(TimeValues.time(start, field + ".start"),
        TimeValues.time(end, field + ".end")));
  }

  static TimeRangeBody from(LocalTimeRange range) {
    return new TimeRangeBody(TimeValues.time(range.start()), TimeValues.time(range.end()));
  }

  /** {@code field[0]}, {@code field[1]}, …: each range's errors name its place in the list. */
  static List<LocalTimeRange> toDomain(List<TimeRangeBody> ranges, String field) {
    List<LocalTimeRange> converted = new ArrayList<>();
    List<TimeRangeBody> given = Requests.listOrEmpty(ranges);
    for (int i = 0; i < given.size(); i++) {
      String at = field + "[" + i + "]";
      TimeRangeBody range = given.get(i);
      if (range == null) {
        throw RequestRejectedException.badRequest("value.required", at, at + " must not be null");
      }
      converted.add(range.toDomain(at));
    }
    return converted;
  }

  static List<TimeRangeBody> from(List<LocalTimeRange> ranges) {
    return ranges.stream().map(TimeRangeBody::from).toList();
  }
}
