package dev.hireloop.port.in.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

/** Match a job against every profile of its recruiter; keep the best {@code limit} scoring {@code minScore}+. */
public record MatchJobCommand(RecruiterId recruiterId, JobId jobId, int limit, double minScore) {
  public MatchJobCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(jobId, "jobId");
    MatchLimits.check(limit, minScore);
  }
}
