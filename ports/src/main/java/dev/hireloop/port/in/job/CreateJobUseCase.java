package dev.hireloop.port.in.job;

/** Creates a job as a draft (or posts it at once). */
public interface CreateJobUseCase {
  JobView create(CreateJobCommand command);
}
