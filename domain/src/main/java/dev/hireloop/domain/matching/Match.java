package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;

/**
 * A stored match of one profile to one job of the same recruiter: the result (score, breakdown, evidence) as of
 * {@code matchedAt}. Re-running matching replaces it (same {@link MatchId}).
 */
public record Match(MatchId id, RecruiterId recruiterId, ProfileId profileId, JobId jobId, MatchResult result,
    Instant matchedAt) {
  public Match {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    Check.notNull(result, "result");
    Check.notNull(matchedAt, "matchedAt");
    if (!id.equals(MatchId.of(profileId, jobId))) {
      throw new InvalidValueException("match.id-invalid", "a match's id is derived from its profile and job");
    }
  }

  public static Match of(RecruiterId recruiterId, ProfileId profileId, JobId jobId, MatchResult result,
      Instant matchedAt) {
    return new Match(MatchId.of(profileId, jobId), recruiterId, profileId, jobId, result, matchedAt);
  }

  public double score() {
    return result.score();
  }
}
