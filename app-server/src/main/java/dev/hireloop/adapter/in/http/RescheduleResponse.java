package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;

/** One move of a booking: the slot it left ({@code from}), the slot it took ({@code to}), when and why. */
record RescheduleResponse(Range from, Range to, Instant at, String reason) {
  /** A slot as UTC instants. */
  record Range(Instant start, Instant end) {
    static Range of(Interval interval) {
      return new Range(interval.start(), interval.end());
    }
  }

  static RescheduleResponse from(Reschedule reschedule) {
    return new RescheduleResponse(Range.of(reschedule.from()), Range.of(reschedule.to()), reschedule.at(),
        reschedule.reason().orElse(null));
  }
}
