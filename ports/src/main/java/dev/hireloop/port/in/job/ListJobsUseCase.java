package dev.hireloop.port.in.job;

/** The recruiter's jobs, newest first. */
public interface ListJobsUseCase {
  dev.hireloop.domain.shared.Page<JobView> list(ListJobsQuery query);
}
