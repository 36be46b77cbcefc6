package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.Check;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The link's candidate picks {@code start}; {@code candidateZone} (if given) becomes the booking's zone. */
public record BookLinkSlotCommand(String token, Instant start, Optional<ZoneId> candidateZone) {
  public BookLinkSlotCommand {
    Check.notNull(token, "token");
    Check.notNull(start, "start");
    Check.notNull(candidateZone, "candidateZone");
  }
}
