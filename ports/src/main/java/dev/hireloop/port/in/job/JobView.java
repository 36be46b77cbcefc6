package dev.hireloop.port.in.job;

import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;

public record JobView(JobId id, RecruiterId recruiterId, JobDetails details, JobStatus status, Instant createdAt,
    Instant updatedAt, Optional<Instant> openedAt, Optional<Instant> closedAt, long version) {
  public static JobView from(Job job) {
    return new JobView(job.id(), job.recruiterId(), job.details(), job.status(), job.createdAt(), job.updatedAt(),
        job.openedAt(), job.closedAt(), job.version().value());
  }
}
