package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A booking as its recruiter sees it. */
public record BookingView(BookingId id, RecruiterId recruiterId, ProfileId profileId, Optional<JobId> jobId,
    Optional<EventTypeId> eventTypeId, String provider, int durationMinutes, ZoneId candidateTimeZone,
    BookingStatus status, Optional<Interval> slot, List<Reschedule> reschedules,
    Optional<String> cancellationReason, Optional<Instant> expiresAt, Instant createdAt, Instant updatedAt,
    long version) {
  public BookingView {
    reschedules = List.copyOf(reschedules);
  }

  public static BookingView from(Booking booking) {
    return new BookingView(booking.id(), booking.recruiterId(), booking.profileId(), booking.jobId(),
        booking.eventTypeId(), booking.provider(), booking.durationMinutes(), booking.candidateTimeZone(),
        booking.status(), booking.slot(), booking.reschedules(), booking.cancellationReason(), booking.expiresAt(),
        booking.createdAt(), booking.updatedAt(), booking.version().value());
  }
}
