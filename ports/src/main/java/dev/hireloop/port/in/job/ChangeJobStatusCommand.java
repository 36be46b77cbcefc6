package dev.hireloop.port.in.job;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record ChangeJobStatusCommand(RecruiterId recruiterId, JobId jobId) {
  public ChangeJobStatusCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(jobId, "jobId");
  }
}
