package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.util.UUID;

/** A slot was booked. */
public record BookingConfirmed(UUID eventId, Instant occurredAt, RecruiterId recruiterId, BookingId bookingId, ProfileId profileId, Interval slot)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return bookingId;
  }
}
