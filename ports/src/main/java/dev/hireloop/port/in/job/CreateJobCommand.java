package dev.hireloop.port.in.job;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

/** Creates a draft job; {@code openImmediately} posts it in the same step ("Use This Job" → post). */
public record CreateJobCommand(RecruiterId recruiterId, JobDetails details, boolean openImmediately) {
  public CreateJobCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(details, "details");
  }
}
