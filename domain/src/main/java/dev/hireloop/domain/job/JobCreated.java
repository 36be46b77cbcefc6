package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A job was created as a draft (by hand or by import). */
public record JobCreated(UUID eventId, Instant occurredAt, RecruiterId recruiterId, JobId jobId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return jobId;
  }
}
