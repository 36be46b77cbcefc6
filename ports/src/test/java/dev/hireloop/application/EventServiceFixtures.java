package dev.hireloop.application;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.recruiter.RecruiterCreated;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Events and a clock for the event services' tests. */
final class EventServiceFixtures {
  static final Instant NOW = Instant.parse("2030-01-15T09:00:00.123456789Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final RecruiterId ALICE = new RecruiterId(new UUID(1L, 1L));
  static final RecruiterId BOB = new RecruiterId(new UUID(1L, 2L));

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private EventServiceFixtures() {}

  static UUID uniqueId() {
    return new UUID(7L, SEQUENCE.incrementAndGet());
  }

  static JobPosted jobPosted(RecruiterId recruiter) {
    return new JobPosted(uniqueId(), NOW.minusSeconds(60), recruiter, new JobId(uniqueId()));
  }

  static RecruiterCreated recruiterCreated(RecruiterId recruiter) {
    return new RecruiterCreated(uniqueId(), NOW.minusSeconds(60), recruiter);
  }
}
