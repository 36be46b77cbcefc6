package dev.hireloop.domain.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A recruiter: the person in charge of jobs and candidates, and the owner of all data reached through their API
 * tokens. The time zone drives "today" in interview lists and the working hours of their calendar.
 */
public record Recruiter(
    RecruiterId id,
    String name,
    Email email,
    ZoneId timeZone,
    RecruiterStatus status,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  public static final int MAX_NAME = 200;

  public Recruiter {
    Check.notNull(id, "id");
    name = Check.text(name, "name", MAX_NAME);
    Check.notNull(email, "email");
    Check.notNull(timeZone, "timeZone");
    Check.notNull(status, "status");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
  }

  public static Recruiter create(RecruiterId id, String name, Email email, ZoneId timeZone, Instant now) {
    return new Recruiter(id, name, email, timeZone, RecruiterStatus.ACTIVE, now, now, Version.initial());
  }

  public Recruiter rename(String newName, Email newEmail, ZoneId newTimeZone, Instant now) {
    return new Recruiter(id, newName, newEmail, newTimeZone, status, createdAt, now, version);
  }

  public Recruiter disable(Instant now) {
    if (status != RecruiterStatus.ACTIVE) {
      throw new IllegalTransitionException("recruiter", status, RecruiterStatus.DISABLED);
    }
    return new Recruiter(id, name, email, timeZone, RecruiterStatus.DISABLED, createdAt, now, version);
  }

  public Recruiter enable(Instant now) {
    if (status != RecruiterStatus.DISABLED) {
      throw new IllegalTransitionException("recruiter", status, RecruiterStatus.ACTIVE);
    }
    return new Recruiter(id, name, email, timeZone, RecruiterStatus.ACTIVE, createdAt, now, version);
  }

  public boolean isActive() {
    return status == RecruiterStatus.ACTIVE;
  }

  /** The same recruiter as stored with the given version (used by repositories after a save). */
  public Recruiter withVersion(Version stored) {
    return new Recruiter(id, name, email, timeZone, status, createdAt, updatedAt, stored);
  }
}
