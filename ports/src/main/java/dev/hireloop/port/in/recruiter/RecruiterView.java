package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.RecruiterStatus;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.time.ZoneId;

public record RecruiterView(RecruiterId id, String name, Email email, ZoneId timeZone, RecruiterStatus status,
    Instant createdAt, Instant updatedAt, long version) {
  public static RecruiterView from(Recruiter recruiter) {
    return new RecruiterView(recruiter.id(), recruiter.name(), recruiter.email(), recruiter.timeZone(),
        recruiter.status(), recruiter.createdAt(), recruiter.updatedAt(), recruiter.version().value());
  }
}
