package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.in.scheduling.BookingView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A booking as its recruiter sees it ({@code /api/bookings}): {@code start}/{@code end} in UTC, {@code local_*}
 * on the candidate's clock ({@code timezone}); all four are null while a link's booking has no slot yet.
 */
record BookingResponse(String id, String profileId, String jobId, String templateId, String provider,
    String status, int durationMinutes, String timezone, Instant start, Instant end, String localStart,
    String localEnd, Instant expiresAt, List<RescheduleResponse> reschedules, String cancellationReason,
    Instant createdAt, Instant updatedAt, long version) {

  static BookingResponse from(BookingView view) {
    Optional<Interval> slot = view.slot();
    return new BookingResponse(view.id().toString(), view.profileId().toString(),
        view.jobId().map(Object::toString).orElse(null), view.eventTypeId().map(Object::toString).orElse(null),
        view.provider(), WireEnums.toWire(view.status()), view.durationMinutes(), view.candidateTimeZone().getId(),
        slot.map(Interval::start).orElse(null), slot.map(Interval::end).orElse(null),
        slot.map(s -> TimeValues.local(s.start(), view.candidateTimeZone())).orElse(null),
        slot.map(s -> TimeValues.local(s.end(), view.candidateTimeZone())).orElse(null),
        view.expiresAt().orElse(null), view.reschedules().stream().map(RescheduleResponse::from).toList(),
        view.cancellationReason().orElse(null), view.createdAt(), view.updatedAt(), view.version());
  }
}
