package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;

/**
 * Hours for one date that differ from the weekly pattern: a day off, replacement hours, or extra hours added to
 * the weekly ones (joined where they overlap).
 */
public record DateOverride(LocalDate date, Kind kind, List<LocalTimeRange> ranges) {
  public enum Kind { DAY_OFF, REPLACE, EXTRA }

  public DateOverride {
    Check.notNull(date, "date");
    Check.notNull(kind, "kind");
    ranges = LocalTimeRange.sortedDisjoint(ranges, "ranges");
    if (kind == Kind.DAY_OFF && !ranges.isEmpty()) {
      throw new InvalidValueException("override.day-off-with-hours", "a day off has no hours");
    }
    if (kind != Kind.DAY_OFF && ranges.isEmpty()) {
      throw new InvalidValueException("override.no-hours", "replacement or extra hours need at least one range");
    }
  }

  public static DateOverride dayOff(LocalDate date) {
    return new DateOverride(date, Kind.DAY_OFF, List.of());
  }

  public static DateOverride replace(LocalDate date, LocalTimeRange... ranges) {
    return new DateOverride(date, Kind.REPLACE, List.of(ranges));
  }

  public static DateOverride extra(LocalDate date, LocalTimeRange... ranges) {
    return new DateOverride(date, Kind.EXTRA, List.of(ranges));
  }

  List<LocalTimeRange> apply(List<LocalTimeRange> weekly) {
    return switch (kind) {
      case DAY_OFF -> List.of();
      case REPLACE -> ranges;
      case EXTRA -> LocalTimeRange.union(weekly, ranges);
    };
  }
}
