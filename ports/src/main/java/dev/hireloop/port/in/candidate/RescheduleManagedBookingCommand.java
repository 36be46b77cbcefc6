package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.shared.Check;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The candidate moves their booking to {@code newStart}; {@code candidateZone} (if given) becomes the booking's zone. */
public record RescheduleManagedBookingCommand(String manageToken, Instant newStart, Optional<ZoneId> candidateZone) {
  public RescheduleManagedBookingCommand {
    Check.notNull(manageToken, "manageToken");
    Check.notNull(newStart, "newStart");
    Check.notNull(candidateZone, "candidateZone");
  }

  @Override
  public String toString() {
    return "RescheduleManagedBookingCommand[newStart=" + newStart + "]";
  }
}
