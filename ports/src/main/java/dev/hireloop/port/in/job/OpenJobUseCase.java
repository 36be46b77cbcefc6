package dev.hireloop.port.in.job;

/** Posts a job: draft or closed → open; publishes JobPosted. */
public interface OpenJobUseCase {
  JobView open(ChangeJobStatusCommand command);
}
