package dev.hireloop.domain.interview;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** The interview ended with a transcript. */
public record InterviewCompleted(UUID eventId, Instant occurredAt, RecruiterId recruiterId, InterviewId interviewId, ProfileId profileId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return interviewId;
  }
}
