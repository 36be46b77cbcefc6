package dev.hireloop.domain.interview;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** An interview was scheduled and its link can be sent. */
public record InterviewScheduled(UUID eventId, Instant occurredAt, RecruiterId recruiterId, InterviewId interviewId, ProfileId profileId, InterviewType type)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return interviewId;
  }
}
