package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.Slot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Bookable slots, sorted by start. {@code from}/{@code to} are the dates asked for, in {@code candidateZone};
 * {@code interviewerZone} is where the working hours are defined.
 */
public record SlotsView(int durationMinutes, ZoneId candidateZone, ZoneId interviewerZone, LocalDate from,
    LocalDate to, List<Slot> slots) {
  public SlotsView {
    slots = List.copyOf(slots);
  }
}
