package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Working time within one local day, {@code [start, end)} in the interviewer's zone. A range never crosses
 * midnight; {@code end} {@link LocalTime#MAX} stands for "until midnight".
 */
public record LocalTimeRange(LocalTime start, LocalTime end) {
  public LocalTimeRange {
    Check.notNull(start, "start");
    Check.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidValueException("hours.empty", "working hours must end after they start");
    }
  }

  public static LocalTimeRange of(String start, String end) {
    return new LocalTimeRange(LocalTime.parse(start), LocalTime.parse(end));
  }

  boolean overlapsOrTouches(LocalTimeRange other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /** Validates that ranges are sorted and do not overlap (touching is allowed), and copies them. */
  static List<LocalTimeRange> sortedDisjoint(List<LocalTimeRange> ranges, String field) {
    List<LocalTimeRange> copy = Check.list(ranges, field, 48);
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).start.isBefore(copy.get(i - 1).end)) {
        throw new InvalidValueException("hours.overlapping", field + " must be sorted and must not overlap");
      }
    }
    return copy;
  }

  /** The union of two range lists, sorted, overlapping or touching ranges joined. */
  static List<LocalTimeRange> union(List<LocalTimeRange> a, List<LocalTimeRange> b) {
    List<LocalTimeRange> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparing(LocalTimeRange::start));
    List<LocalTimeRange> merged = new ArrayList<>();
    for (LocalTimeRange range : all) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).overlapsOrTouches(range)) {
        LocalTimeRange previous = merged.get(last);
        LocalTime end = previous.end.isAfter(range.end) ? previous.end : range.end;
        merged.set(last, new LocalTimeRange(previous.start, end));
      } else {
        merged.add(range);
      }
    }
    return List.copyOf(merged);
  }
}
