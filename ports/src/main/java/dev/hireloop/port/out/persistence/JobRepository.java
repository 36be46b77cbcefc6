package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Stores jobs with their skills. Same save/versioning contract as {@link RecruiterRepository} ({@code job.stale}).
 * {@code search} returns newest first (by {@code createdAt}, ties by id descending) with the total count of matches.
 */
public interface JobRepository {
  Job save(Job job);

  Optional<Job> findById(JobId id);

  Page<Job> search(JobSearch search, PageRequest page);
}
