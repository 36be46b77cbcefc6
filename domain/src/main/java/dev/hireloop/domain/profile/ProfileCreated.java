package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A candidate profile was created. */
public record ProfileCreated(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ProfileId profileId, ProfileSource source)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return profileId;
  }
}
