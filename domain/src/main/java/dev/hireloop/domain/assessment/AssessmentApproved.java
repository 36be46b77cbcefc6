package dev.hireloop.domain.assessment;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** A human approved an assessment. */
public record AssessmentApproved(UUID eventId, Instant occurredAt, RecruiterId recruiterId, AssessmentId assessmentId, ProfileId profileId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return assessmentId;
  }
}
