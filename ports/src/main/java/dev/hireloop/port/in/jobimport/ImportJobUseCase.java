package dev.hireloop.port.in.jobimport;

/** Fetches, analyses and saves the posting at a URL as a draft job; nothing is saved when any step fails. Publishes JobCreated. */
public interface ImportJobUseCase {
  dev.hireloop.port.in.job.JobView importJob(ImportJobCommand command);
}
