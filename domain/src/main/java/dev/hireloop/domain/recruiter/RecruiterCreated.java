package dev.hireloop.domain.recruiter;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

public record RecruiterCreated(UUID eventId, Instant occurredAt, RecruiterId recruiterId) implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return recruiterId;
  }
}
