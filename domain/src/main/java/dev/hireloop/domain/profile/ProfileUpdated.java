package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A profile's details were edited. */
public record ProfileUpdated(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ProfileId profileId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return profileId;
  }
}
