package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A profile moved in the pipeline. */
public record ProfileStatusChanged(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ProfileId profileId, PipelineStatus from, PipelineStatus to)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return profileId;
  }
}
