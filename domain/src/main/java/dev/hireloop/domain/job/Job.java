package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;

/** A job a recruiter fills: its details and its lifecycle (draft → open → closed). Immutable. */
public record Job(
    JobId id,
    RecruiterId recruiterId,
    JobDetails details,
    JobStatus status,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> openedAt,
    Optional<Instant> closedAt,
    Version version) {

  public Job {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(details, "details");
    Check.notNull(status, "status");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(openedAt, "openedAt");
    Check.notNull(closedAt, "closedAt");
    Check.notNull(version, "version");
    if (status == JobStatus.OPEN && openedAt.isEmpty()) {
      throw new dev.hireloop.domain.shared.InvalidValueException("job.opened-at-missing", "an open job has an openedAt");
    }
  }

  public static Job draft(JobId id, RecruiterId recruiterId, JobDetails details, Instant now) {
    return new Job(id, recruiterId, details, JobStatus.DRAFT, now, now, Optional.empty(), Optional.empty(),
        Version.initial());
  }

  /** Replaces the details; a closed job must be reopened before it is edited. */
  public Job update(JobDetails newDetails, Instant now) {
    if (status == JobStatus.CLOSED) {
      throw new RuleViolationException("job.closed", "a closed job cannot be edited; reopen it first");
    }
    return new Job(id, recruiterId, newDetails, status, createdAt, now, openedAt, closedAt, version);
  }

  public Job open(Instant now) {
    JobStatus next = JobStatus.MACHINE.transition(status, JobStatus.OPEN);
    return new Job(id, recruiterId, details, next, createdAt, now, Optional.of(now), Optional.empty(), version);
  }

  public Job close(Instant now) {
    JobStatus next = JobStatus.MACHINE.transition(status, JobStatus.CLOSED);
    return new Job(id, recruiterId, details, next, createdAt, now, openedAt, Optional.of(now), version);
  }

  public boolean isOpen() {
    return status == JobStatus.OPEN;
  }

  public Job withVersion(Version stored) {
    return new Job(id, recruiterId, details, status, createdAt, updatedAt, openedAt, closedAt, stored);
  }
}
