package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.scheduling.SlotsView;
import java.time.LocalDate;
import java.util.List;

/**
 * Bookable slots on the dates {@code from..to} of {@code timezone} (the candidate's), sorted by start;
 * {@code interviewer_timezone} is where the working hours are defined.
 */
record SlotsResponse(int durationMinutes, String timezone, String interviewerTimezone, LocalDate from,
    LocalDate to, List<SlotResponse> slots) {
  static SlotsResponse from(SlotsView view) {
    return new SlotsResponse(view.durationMinutes(), view.candidateZone().getId(), view.interviewerZone().getId(),
        view.from(), view.to(), view.slots().stream().map(slot -> SlotResponse.of(slot, view.candidateZone()))
        .toList());
  }
}
