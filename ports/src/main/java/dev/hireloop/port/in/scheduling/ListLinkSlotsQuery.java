package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.Check;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Slots for a link's candidate on {@code from..to} in {@code candidateZone} (the link's zone when empty). */
public record ListLinkSlotsQuery(String token, LocalDate from, LocalDate to, Optional<ZoneId> candidateZone) {
  public ListLinkSlotsQuery {
    Check.notNull(token, "token");
    ListSlotsQuery.checkRange(from, to);
    Check.notNull(candidateZone, "candidateZone");
  }
}
