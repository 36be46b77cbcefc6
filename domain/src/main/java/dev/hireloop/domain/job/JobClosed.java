package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A job was closed: no more matching or booking for it. */
public record JobClosed(UUID eventId, Instant occurredAt, RecruiterId recruiterId, JobId jobId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return jobId;
  }
}
