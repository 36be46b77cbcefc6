package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** The candidate did not attend. */
public record BookingMarkedNoShow(UUID eventId, Instant occurredAt, RecruiterId recruiterId, BookingId bookingId, ProfileId profileId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return bookingId;
  }
}
