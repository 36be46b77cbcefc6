package dev.hireloop.port.in.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.matching.MatchResult;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;

/** A stored match with the names a recruiter reads it by: the profile's name and the job's title. */
public record MatchView(MatchId id, ProfileId profileId, String profileName, JobId jobId, String jobTitle,
    MatchResult result, Instant matchedAt) {
  public double score() {
    return result.score();
  }

  @Override
  public String toString() {
    return "MatchView[" + id + ", score " + result.score() + "]";
  }
}
