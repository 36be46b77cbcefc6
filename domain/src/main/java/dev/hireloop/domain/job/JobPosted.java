package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A job was opened: it is now active and candidates are matched against it. */
public record JobPosted(UUID eventId, Instant occurredAt, RecruiterId recruiterId, JobId jobId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return jobId;
  }
}
