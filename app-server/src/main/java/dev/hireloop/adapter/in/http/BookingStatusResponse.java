package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.in.scheduling.BookingView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seed 001's booking status ({@code GET /scheduling/booking/{booking_id}/status}, and the answer of its cancel):
 * {@code start}/{@code end} are null until the candidate picks a slot; {@code timezone} is the candidate's.
 */
record BookingStatusResponse(String bookingId, String provider, String status, int durationMinutes,
    String timezone, Instant start, Instant end, Instant expiresAt, Instant createdAt, Instant updatedAt,
    List<RescheduleResponse> reschedules, String cancellationReason) {

  static BookingStatusResponse from(BookingView view) {
    Optional<Interval> slot = view.slot();
    return new BookingStatusResponse(view.id().toString(), view.provider(), WireEnums.toWire(view.status()),
        view.durationMinutes(), view.candidateTimeZone().getId(), slot.map(Interval::start).orElse(null),
        slot.map(Interval::end).orElse(null), view.expiresAt().orElse(null), view.createdAt(), view.updatedAt(),
        view.reschedules().stream().map(RescheduleResponse::from).toList(),
        view.cancellationReason().orElse(null));
  }
}
