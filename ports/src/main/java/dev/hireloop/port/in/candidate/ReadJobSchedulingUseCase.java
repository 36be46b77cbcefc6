package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.job.JobId;

/**
 * A job's public scheduling page.
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code job.not-found} for an unknown job or a draft (never
 *     published, so never public)
 * @throws dev.hireloop.domain.shared.GoneException {@code job.closed} for a closed job: it takes no interviews
 */
public interface ReadJobSchedulingUseCase {
  JobSchedulingView read(JobId jobId);
}
