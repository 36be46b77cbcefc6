package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;

/**
 * One of a recruiter's interview templates ("event types" in Cal.com and Calendly): what a candidate books. Every
 * recruiter starts with {@link InterviewTemplate#defaultInterview()}.
 */
public record EventType(EventTypeId id, RecruiterId recruiterId, InterviewTemplate template, Instant createdAt,
    Instant updatedAt, Version version) {
  /** How many templates one recruiter may keep. */
  public static final int MAX_PER_RECRUITER = 100;

  public EventType {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(template, "template");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
  }

  public static EventType create(EventTypeId id, RecruiterId recruiterId, InterviewTemplate template, Instant now) {
    return new EventType(id, recruiterId, template, now, now, Version.initial());
  }

  public EventType update(InterviewTemplate newTemplate, Instant now) {
    return new EventType(id, recruiterId, newTemplate, createdAt, now, version);
  }

  public EventType withVersion(Version stored) {
    return new EventType(id, recruiterId, template, createdAt, updatedAt, stored);
  }
}
