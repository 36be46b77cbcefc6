package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Slots a candidate may move their booking to, on {@code from..to} in {@code candidateZone} (the booking's if empty). */
public record ListManagedSlotsQuery(String manageToken, LocalDate from, LocalDate to, Optional<ZoneId> candidateZone) {
  public ListManagedSlotsQuery {
    Check.notNull(manageToken, "manageToken");
    ListSlotsQuery.checkRange(from, to);
    Check.notNull(candidateZone, "candidateZone");
  }
}
