package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.WorkingHours;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weekly working hours in the availability's zone: per day, sorted ranges that do not overlap. A day that is
 * absent, null or empty is a day off; answers always list all seven days.
 */
record WeeklyHoursBody(List<TimeRangeBody> monday, List<TimeRangeBody> tuesday, List<TimeRangeBody> wednesday,
    List<TimeRangeBody> thursday, List<TimeRangeBody> friday, List<TimeRangeBody> saturday,
    List<TimeRangeBody> sunday) {

  WorkingHours toDomain(String field) {
    Map<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      String at = field + "." + day.name().toLowerCase(Locale.ROOT);
      List<LocalTimeRange> ranges = TimeRangeBody.toDomain(on(day), at);
      // one day at a time, so that an overlap is reported for the day it is on
      FieldNames.renamed("days." + day.name().toLowerCase(Locale.ROOT), at,
          () -> new WorkingHours(Map.of(day, ranges)));
      days.put(day, ranges);
    }
    return new WorkingHours(days);
  }

  static WeeklyHoursBody from(WorkingHours hours) {
    return new WeeklyHoursBody(ranges(hours, DayOfWeek.MONDAY), ranges(hours, DayOfWeek.TUESDAY),
        ranges(hours, DayOfWeek.WEDNESDAY), ranges(hours, DayOfWeek.THURSDAY), ranges(hours, DayOfWeek.FRIDAY),
        ranges(hours, DayOfWeek.SATURDAY), ranges(hours, DayOfWeek.SUNDAY));
  }

  private List<TimeRangeBody> on(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> monday;
      case TUESDAY -> tuesday;
      case WEDNESDAY -> wednesday;
      case THURSDAY -> thursday;
      case FRIDAY -> friday;
      case SATURDAY -> saturday;
      case SUNDAY -> sunday;
    };
  }

  private static List<TimeRangeBody> ranges(WorkingHours hours, DayOfWeek day) {
    return TimeRangeBody.from(hours.on(day));
  }
}
