package dev.hireloop.port.in.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record ListJobMatchesQuery(RecruiterId recruiterId, JobId jobId, int limit, double minScore) {
  public ListJobMatchesQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(jobId, "jobId");
    MatchLimits.check(limit, minScore);
  }
}
