package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Weekly working hours in the interviewer's zone: per day, sorted non-overlapping ranges; a missing day is off. */
public record WorkingHours(Map<DayOfWeek, List<LocalTimeRange>> days) {
  public WorkingHours {
    Check.notNull(days, "days");
    EnumMap<DayOfWeek, List<LocalTimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach((day, ranges) -> {
      Check.notNull(day, "days");
      List<LocalTimeRange> valid = LocalTimeRange.sortedDisjoint(ranges, "days." + day.name().toLowerCase());
      if (!valid.isEmpty()) {
        copy.put(day, valid);
      }
    });
    days = Collections.unmodifiableMap(copy);
  }

  /** The same ranges Monday to Friday, weekends off. */
  public static WorkingHours weekdays(LocalTimeRange... ranges) {
    EnumMap<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        days.put(day, List.of(ranges));
      }
    }
    return new WorkingHours(days);
  }

  /** The same ranges every day of the week. */
  public static WorkingHours everyDay(LocalTimeRange... ranges) {
    EnumMap<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, List.of(ranges));
    }
    return new WorkingHours(days);
  }

  public List<LocalTimeRange> on(DayOfWeek day) {
    return days.getOrDefault(day, List.of());
  }
}
