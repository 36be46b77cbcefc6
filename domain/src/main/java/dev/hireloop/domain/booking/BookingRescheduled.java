package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.util.UUID;

/** A confirmed booking moved to another slot. */
public record BookingRescheduled(UUID eventId, Instant occurredAt, RecruiterId recruiterId, BookingId bookingId, ProfileId profileId, Interval from, Interval to)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return bookingId;
  }
}
