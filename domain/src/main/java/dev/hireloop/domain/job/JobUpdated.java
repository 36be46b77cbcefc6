package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A job's details were edited. */
public record JobUpdated(UUID eventId, Instant occurredAt, RecruiterId recruiterId, JobId jobId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return jobId;
  }
}
