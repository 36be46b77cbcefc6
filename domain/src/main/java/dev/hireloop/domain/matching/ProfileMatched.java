package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/**
 * A profile was matched to a job and the match stored; what shortlisting rules listen to. Like every event it
 * carries ids only: a rule reads the score and explanation from the stored {@link Match}.
 */
public record ProfileMatched(UUID eventId, Instant occurredAt, RecruiterId recruiterId, MatchId matchId,
    ProfileId profileId, JobId jobId) implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return matchId;
  }
}
