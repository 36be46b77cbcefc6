package dev.hireloop.domain.interview;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** The interview was not taken in time. */
public record InterviewExpired(UUID eventId, Instant occurredAt, RecruiterId recruiterId, InterviewId interviewId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return interviewId;
  }
}
