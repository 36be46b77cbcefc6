package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A bookable interview slot {@code [start, end)}, in UTC instants. */
public record Slot(Instant start, Instant end) {
  public Slot {
    new Interval(start, end);
  }

  public Interval interval() {
    return new Interval(start, end);
  }

  /** The slot as the given person sees it on their clock (the candidate's zone on a booking page). */
  public ZonedSlot in(ZoneId zone) {
    Check.notNull(zone, "zone");
    return new ZonedSlot(start.atZone(zone), end.atZone(zone));
  }

  /** A slot rendered in one time zone. */
  public record ZonedSlot(ZonedDateTime start, ZonedDateTime end) {
    public ZonedSlot {
      Check.notNull(start, "start");
      Check.notNull(end, "end");
    }
  }
}
