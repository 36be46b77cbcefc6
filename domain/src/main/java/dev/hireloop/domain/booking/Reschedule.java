package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.util.Optional;

/** One move of a confirmed booking: from which slot to which, when, and why. */
public record Reschedule(Interval from, Interval to, Instant at, Optional<String> reason) {
  public Reschedule {
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    Check.notNull(at, "at");
    reason = Check.optionalText(reason, "reason", 500);
  }
}
