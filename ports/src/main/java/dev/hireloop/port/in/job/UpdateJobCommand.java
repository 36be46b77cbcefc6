package dev.hireloop.port.in.job;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Replaces a job's details. With {@code expectedVersion}, a job changed meanwhile is a conflict. */
public record UpdateJobCommand(RecruiterId recruiterId, JobId jobId, JobDetails details,
    Optional<Long> expectedVersion) {
  public UpdateJobCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(jobId, "jobId");
    Check.notNull(details, "details");
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
