package dev.hireloop.port.in.jobimport;

/**
 * Fetches, analyses and saves the posting at a URL as a draft job; nothing is saved when any step fails. Publishes
 * JobCreated and audits {@code job.created}, as creating a job by hand does.
 */
public interface ImportJobUseCase {
  ImportedJob importJob(ImportJobCommand command);
}
