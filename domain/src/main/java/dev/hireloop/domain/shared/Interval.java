package dev.hireloop.domain.shared;

import java.time.Duration;
import java.time.Instant;

/** A half-open time interval {@code [start, end)} in UTC instants. */
public record Interval(Instant start, Instant end) {
  public Interval {
    Check.notNull(start, "start");
    Check.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidValueException("interval.empty", "end must be after start");
    }
  }

  public static Interval of(Instant start, Duration length) {
    return new Interval(start, start.plus(length));
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
